using DiasporaMatch.Ranking.Learning;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Training;

/// <summary>
/// What both learning pipelines share: the candidate's manifest, and the promotion rule — a candidate becomes
/// current only when its NDCG@10 on the holdout is strictly higher than the reference's (the current model, or
/// the baseline when there is none).
/// </summary>
internal static class Promotion
{
    public static ModelManifest Manifest(
        string ranks, DateTimeOffset createdAt, TrainerOptions options, IReadOnlyList<string> features, RankingSet training, LearningData data, IReadOnlyDictionary<string, NdcgScores> metrics, string? previous)
    {
        var fingerprint = training.Fingerprint();
        return new ModelManifest
        {
            Version = $"{createdAt:yyyyMMdd-HHmmss}-{fingerprint[..8]}",
            CreatedAt = createdAt,
            Ranks = ranks,
            Trainer = options.Name,
            Seed = options.Seed,
            Features = [.. features],
            DataFingerprint = fingerprint,
            TrainingGroups = training.Groups.Count,
            TrainingPairs = training.Pairs,
            LoggedPairs = training.LoggedPairs,
            HoldoutGroups = data.Holdout.Groups.Count,
            Cutoff = data.Split.Cutoff,
            Metrics = metrics,
            Previous = previous,
        };
    }

    public static TrainingOutcome Decide(
        ModelRegistry registry, RankingModel candidate, ModelManifest manifest, double candidateAt10, string referenceName, double referenceAt10, string? currentVersion, string subject, ILogger logger)
    {
        if (candidateAt10 <= referenceAt10)
        {
            Log.NotPromoted(logger, manifest.Ranks, manifest.Version, candidateAt10, referenceName, referenceAt10);
            return new TrainingOutcome(manifest, false,
                $"{subject} NDCG@10 {candidateAt10:0.0000} does not beat the {referenceName} ({referenceAt10:0.0000}): not promoted", currentVersion);
        }

        registry.Save(candidate);
        registry.SetCurrent(manifest.Version);
        Log.Promoted(logger, manifest.Ranks, manifest.Version, candidateAt10, referenceName, referenceAt10, currentVersion);
        return new TrainingOutcome(manifest, true, $"{subject} NDCG@10 {candidateAt10:0.0000} beats the {referenceName} ({referenceAt10:0.0000}): promoted", manifest.Version);
    }
}
