using DiasporaMatch.Facts;
using DiasporaMatch.Matching;
using DiasporaMatch.Ranking;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Records;
using DiasporaMatch.Search;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Training;

/// <summary>
/// The learn step for investors ↔ opportunities, the same shape as <see cref="LearningPipeline"/>: decisions
/// (invest-decided feature-log entries) → time split by investor → one group per investor (the hand-weighted
/// scorer's top <see cref="ShownTop"/> of the retrieved opportunities plus every decided one, decided pairs
/// with their logged features) → LambdaRank over <see cref="InvestmentScorer.FeatureNames"/> → NDCG@1/3/10 of
/// bm25, the hand-weighted baseline, the current investor model and the candidate on the same holdout →
/// promotion only when the candidate beats the current ranker at NDCG@10. Its models live in
/// <see cref="ModelRegistry.Investments"/>.
/// </summary>
public sealed class InvestmentLearningPipeline(MatchService service, ModelRegistry registry, TimeProvider time)
{
    public const int ShownTop = 20;

    /// <summary>
    /// Logs decisions on (investor, opportunity) pairs with the pair's features as they are now; returns one
    /// error per refused decision (by its position), the good ones are logged. Already logged ones are skipped.
    /// </summary>
    public async Task<IReadOnlyList<(int Index, string Error)>> LogDecisionsAsync(IReadOnlyList<InvestmentDecision> decisions, CancellationToken cancellationToken = default)
    {
        var log = service.FeatureLog ?? throw new InvalidOperationException("no feature log to record investment decisions in");
        var logged = log.ReadAll()
            .Where(e => e.Event == FeatureLogEntry.InvestDecided)
            .Select(e => (e.OpportunityId, e.ExpertId, e.Decision, e.At))
            .ToHashSet();
        var errors = new List<(int, string)>();
        var accepted = new List<(InvestmentDecision, InvestmentPair)>();
        var candidates = new Dictionary<string, IReadOnlyList<InvestmentPair>>(StringComparer.Ordinal);
        for (var i = 0; i < decisions.Count; i++)
        {
            var d = decisions[i];
            if (!Vocabulary.Decisions.Contains(d.Value))
            {
                errors.Add((i, $"decision: \"{d.Value}\" is not one of {string.Join(", ", Vocabulary.Decisions)}"));
                continue;
            }

            var opportunity = await service.ReadOpportunityAsync(d.OpportunityId, cancellationToken);
            var profile = await service.ReadExpertAsync(d.ExpertId, cancellationToken);
            if (opportunity is null || profile is null)
            {
                errors.Add((i, opportunity is null ? $"opportunityId: opportunities/{d.OpportunityId} does not exist" : $"expertId: profiles/{d.ExpertId} does not exist"));
                continue;
            }

            if (profile.Investment is not { } interest)
            {
                errors.Add((i, $"expertId: profiles/{d.ExpertId} states no investment interest"));
                continue;
            }

            if (!logged.Add((d.OpportunityId, d.ExpertId, d.Value, d.At)))
            {
                continue;
            }

            if (!candidates.TryGetValue(d.ExpertId, out var pairs))
            {
                candidates[d.ExpertId] = pairs = service.OpportunityCandidates(interest);
            }

            // A decided opportunity retrieval did not return (closed since, or below the cut) gets text score 0.
            var pair = pairs.FirstOrDefault(p => p.Opportunity.Id == d.OpportunityId)
                ?? new InvestmentPair(FactsBuilder.ForOpportunity(opportunity), 0, InvestmentScorer.Features(interest, FactsBuilder.ForOpportunity(opportunity), 0));
            accepted.Add((d, pair));
        }

        await log.AppendInvestmentDecisionsAsync(accepted, cancellationToken);
        return errors;
    }

    public async Task<LearningData> PrepareAsync(double holdoutShare = TimeSplit.DefaultHoldoutShare, CancellationToken cancellationToken = default)
    {
        var entries = (service.FeatureLog?.ReadAll() ?? []).Where(e => e.Event == FeatureLogEntry.InvestDecided).OrderBy(e => e.At).ToList();
        var (cutoff, training, holdout) = TimeSplit.Split(entries, e => e.ExpertId, e => e.At, holdoutShare);
        // The split's decision lists hold need decisions; here only its cutoff is reported.
        var split = new TimeSplit(cutoff, [], []);
        return new LearningData(split, await BuildAsync(training, cancellationToken), await BuildAsync(holdout, cancellationToken));
    }

    /// <summary>NDCG of bm25, the hand-weighted scorer and the current investor model (when there is one) on the holdout.</summary>
    public Evaluation Evaluate(LearningData data)
    {
        var groups = data.Holdout.Groups;
        var metrics = new Dictionary<string, NdcgScores>
        {
            [LearningPipeline.Bm25] = NdcgEvaluator.Bm25(groups),
            [LearningPipeline.Baseline] = Baseline(groups),
        };
        var current = registry.Current();
        if (current is not null)
        {
            metrics[LearningPipeline.Model] = NdcgEvaluator.Model(groups, current);
        }

        return new Evaluation(metrics, current?.Manifest.Version, groups.Count, data.Holdout.Pairs, data.Split.Cutoff);
    }

    public TrainingOutcome Train(LearningData data, TrainerOptions? options = null, RankingSet? training = null)
    {
        options ??= new TrainerOptions();
        training ??= data.Training;
        var candidate = RankingTrainer.Train(training, options, InvestmentScorer.FeatureNames.Count);
        var evaluation = Evaluate(data);
        var metrics = new Dictionary<string, NdcgScores>(evaluation.Metrics);
        if (metrics.Remove(LearningPipeline.Model, out var currentScores))
        {
            metrics[LearningPipeline.Current] = currentScores;
        }

        var candidateScores = NdcgEvaluator.Model(data.Holdout.Groups, candidate);
        metrics[LearningPipeline.Candidate] = candidateScores;
        var manifest = Promotion.Manifest(ModelManifest.InvestorOpportunities, time.GetUtcNow(), options, InvestmentScorer.FeatureNames, training, data, metrics, evaluation.ModelVersion);
        candidate.Manifest = manifest;

        var (referenceName, reference) = currentScores is null
            ? ("hand-weighted scorer", metrics[LearningPipeline.Baseline])
            : ($"current investor model {evaluation.ModelVersion}", currentScores);
        if (data.Holdout.Groups.Count == 0 || training.Groups.Count == 0)
        {
            return new TrainingOutcome(manifest, false, "no investment decisions to train or measure on: not promoted", evaluation.ModelVersion);
        }

        return Promotion.Decide(registry, candidate, manifest, candidateScores.At10, referenceName, reference.At10, evaluation.ModelVersion, "investor candidate", service.LoggerFactory.CreateLogger(typeof(Promotion).FullName!));
    }

    /// <summary>The hand-weighted <see cref="InvestmentScorer"/> on the same groups.</summary>
    public static NdcgScores Baseline(IReadOnlyList<RankingGroup> groups) =>
        NdcgEvaluator.Evaluate(groups, g => g.Items.Select(i => InvestmentScorer.Score(i.Features)).ToList());

    private async Task<RankingSet> BuildAsync(IReadOnlyList<FeatureLogEntry> entries, CancellationToken cancellationToken)
    {
        var groups = new List<RankingGroup>();
        var byInvestor = entries
            .GroupBy(e => e.ExpertId, StringComparer.Ordinal)
            .Select(g => (Investor: g.Key, Entries: g.OrderBy(e => e.At).ToList()))
            .OrderBy(g => g.Entries[0].At)
            .ThenBy(g => g.Investor, StringComparer.Ordinal);
        foreach (var (investorId, decided) in byInvestor)
        {
            var profile = await service.ReadExpertAsync(investorId, cancellationToken);
            if (profile?.Investment is not { } interest)
            {
                continue;
            }

            // The latest decision on a pair is its grade, with the features logged when it was made.
            var latest = decided
                .GroupBy(e => e.OpportunityId ?? "", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            var items = new Dictionary<string, RankingExample>(StringComparer.Ordinal);
            foreach (var pair in service.OpportunityCandidates(interest)
                .OrderByDescending(p => InvestmentScorer.Score(p.Features))
                .ThenBy(p => p.Opportunity.Id, StringComparer.Ordinal)
                .Take(ShownTop))
            {
                items[pair.Opportunity.Id] = new RankingExample(pair.Opportunity.Id, DecisionGrades.Shown, pair.Features, pair.RetrievalScore);
            }

            foreach (var (opportunityId, entry) in latest)
            {
                items[opportunityId] = new RankingExample(opportunityId, DecisionGrades.Of(entry.Decision ?? ""), entry.Features, entry.RetrievalScore, Logged: true);
            }

            groups.Add(new RankingGroup(investorId, decided[0].At, items.Values.OrderBy(i => i.ItemId, StringComparer.Ordinal).ToList()));
        }

        return new RankingSet(groups);
    }
}
