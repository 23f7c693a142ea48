namespace DiasporaMatch.Ranking;

/// <summary>
/// The transparent scorer used until a model is trained: a hand-weighted sum of the features. Required skills,
/// languages and availability weigh most because a programme cannot use an expert lacking them.
/// </summary>
public sealed class BaselineRanker : IRanker
{
    /// <summary>Weights in <see cref="FeatureSchema"/> order.</summary>
    public static IReadOnlyList<float> Weights => WeightArray;

    // An array, not the interface: scoring reads every weight for each of a thousand candidates.
    private static readonly float[] WeightArray =
    [
        3.0f,  // requiredSkillCoverage
        1.0f,  // requiredSkillExact
        1.0f,  // optionalSkillCoverage
        1.5f,  // occupationMatch
        0.5f,  // occupationSkillFit
        2.0f,  // languageCoverage
        1.5f,  // availabilityShare
        0.5f,  // coversDuration
        0.5f,  // remoteFit
        0.5f,  // regionPreference
        1.0f,  // experienceFit
        0.25f, // experienceSurplus
        0.75f, // sectorMatch
        1.0f,  // textScore
        0.5f,  // conceptOverlap
        0.0f,  // pastAssignments: added for learned models; the baseline stays as it was
        0.0f,  // pastRating
        0.0f,  // profileCompleteness
    ];

    public string Name => RankerNames.Baseline;

    public double Score(MatchFeatures features, float retrievalScore)
    {
        double score = 0;
        var values = features.Values;
        for (var i = 0; i < WeightArray.Length; i++)
        {
            score += WeightArray[i] * values[i];
        }

        return score;
    }
}
