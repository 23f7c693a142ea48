namespace DiasporaMatch.Ranking;

/// <summary>A pair's feature vector (ordered as <see cref="FeatureSchema"/>) and the evidence behind it.</summary>
public sealed record MatchFeatures(float[] Values, MatchEvidence Evidence)
{
    public float this[int feature] => Values[feature];
}
