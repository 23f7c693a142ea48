using DiasporaMatch.Matching;
using DiasporaMatch.Ranking;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Search;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Training;

/// <summary>The time-split training and holdout groups built from the store's decisions and the feature log.</summary>
public sealed record LearningData(TimeSplit Split, RankingSet Training, RankingSet Holdout)
{
    /// <summary>Why the training groups cannot teach a model under <paramref name="options"/> (the defaults when null), in one sentence; null when they can.</summary>
    public string? WhyNotTrainable(TrainerOptions? options = null) =>
        RankingTrainer.WhyNotTrainable(Training, options) is { } reason ? $"nothing to learn from: {reason}" : null;

    /// <summary>Why a candidate cannot be trained and then measured before it is promoted, in one sentence; null when it can.</summary>
    public string? WhyNotTrainableAndMeasurable(TrainerOptions? options = null) =>
        WhyNotTrainable(options) ?? (Holdout.Groups.Count == 0 ? "no decided needs after the time split's cutoff to measure a candidate on" : null);
}

/// <summary>What a training run produced and whether the candidate replaced the current model.</summary>
public sealed record TrainingOutcome(ModelManifest Candidate, bool Promoted, string Reason, string? Current);

/// <summary>NDCG@1/3/10 by ranker on one holdout.</summary>
public sealed record Evaluation(IReadOnlyDictionary<string, NdcgScores> Metrics, string? ModelVersion, int HoldoutGroups, int HoldoutPairs, DateTimeOffset Cutoff);

/// <summary>
/// Learn step of the data flow: decisions → time split → groups (logged or computed features) → LambdaRank →
/// NDCG on the holdout for bm25, baseline, the current model and the candidate → promotion only when the
/// candidate beats the current ranker (the current model, or the baseline before any model) at NDCG@10.
/// </summary>
public sealed class LearningPipeline(MatchService service, ModelRegistry registry, TimeProvider time)
{
    public const string Bm25 = "bm25";
    public const string Baseline = "baseline";
    public const string Current = "current";
    public const string Candidate = "candidate";
    public const string Model = "model";

    public async Task<LearningData> PrepareAsync(double holdoutShare = TimeSplit.DefaultHoldoutShare, CancellationToken cancellationToken = default)
    {
        var decisions = await service.ReadDecisionsAsync(cancellationToken);
        var split = TimeSplit.Of(decisions, holdoutShare);
        var log = service.FeatureLog?.ReadAll() ?? [];
        var builder = new TrainingSetBuilder(service);

        // Training sees only what existed before the cutoff: its decisions, its logs, its track records.
        var training = await builder.BuildAsync(split.Training, new AssignmentHistory(split.Training), log.Where(e => e.At < split.Cutoff).ToList(), cancellationToken);
        var holdout = await builder.BuildAsync(split.Holdout, new AssignmentHistory(decisions), log, cancellationToken);
        return new LearningData(split, training, holdout);
    }

    /// <summary>NDCG of bm25, baseline and the current model (when there is one) on the holdout.</summary>
    public Evaluation Evaluate(LearningData data)
    {
        var groups = data.Holdout.Groups;
        var metrics = new Dictionary<string, NdcgScores>
        {
            [Bm25] = NdcgEvaluator.Bm25(groups),
            [Baseline] = NdcgEvaluator.Baseline(groups),
        };
        var current = registry.Current();
        if (current is not null)
        {
            metrics[Model] = NdcgEvaluator.Model(groups, current);
        }

        return new Evaluation(metrics, current?.Manifest.Version, groups.Count, data.Holdout.Pairs, data.Split.Cutoff);
    }

    /// <summary>
    /// Trains a candidate on <paramref name="training"/> (the data's own training groups unless given) and
    /// promotes it only when it beats the current ranker on the same holdout.
    /// </summary>
    public TrainingOutcome Train(LearningData data, TrainerOptions? options = null, RankingSet? training = null)
    {
        options ??= new TrainerOptions();
        training ??= data.Training;
        var candidate = RankingTrainer.Train(training, options);
        var evaluation = Evaluate(data);
        var metrics = new Dictionary<string, NdcgScores>(evaluation.Metrics);
        if (metrics.Remove(Model, out var currentScores))
        {
            metrics[Current] = currentScores;
        }

        var candidateScores = NdcgEvaluator.Model(data.Holdout.Groups, candidate);
        metrics[Candidate] = candidateScores;

        var manifest = Promotion.Manifest(ModelManifest.NeedExperts, time.GetUtcNow(), options, [.. FeatureSchema.Names.Take(candidate.FeatureCount)], training, data, metrics, evaluation.ModelVersion);
        candidate.Manifest = manifest;

        var (referenceName, reference) = currentScores is null ? (Baseline, metrics[Baseline]) : ($"current model {evaluation.ModelVersion}", currentScores);
        if (data.Holdout.Groups.Count == 0)
        {
            return new TrainingOutcome(manifest, false, "no holdout to measure the candidate on: not promoted", evaluation.ModelVersion);
        }

        return Promotion.Decide(registry, candidate, manifest, candidateScores.At10, referenceName, reference.At10, evaluation.ModelVersion, "candidate", service.LoggerFactory.CreateLogger(typeof(Promotion).FullName!));
    }
}
