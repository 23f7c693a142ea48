namespace DiasporaMatch.Ranking.Learning;

/// <summary>
/// The promotion rule both learning pipelines share: a candidate becomes current only when its NDCG@10 on the
/// holdout is strictly higher than the reference's (the current model, or the baseline when there is none).
/// </summary>
internal static class Promotion
{
    public static TrainingOutcome Decide(
        ModelRegistry registry, RankingModel candidate, ModelManifest manifest, double candidateAt10, string referenceName, double referenceAt10, string? currentVersion, string subject)
    {
        if (candidateAt10 <= referenceAt10)
        {
            return new TrainingOutcome(manifest, false,
                $"{subject} NDCG@10 {candidateAt10:0.0000} does not beat the {referenceName} ({referenceAt10:0.0000}): not promoted", currentVersion);
        }

        registry.Save(candidate);
        registry.SetCurrent(manifest.Version);
        return new TrainingOutcome(manifest, true, $"{subject} NDCG@10 {candidateAt10:0.0000} beats the {referenceName} ({referenceAt10:0.0000}): promoted", manifest.Version);
    }
}
