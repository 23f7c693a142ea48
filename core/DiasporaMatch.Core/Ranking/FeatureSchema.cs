namespace DiasporaMatch.Ranking;

/// <summary>
/// The named, ordered features of a (need, expert) pair. The order is a contract: the baseline's weights, logged
/// decisions and learned models index by it, so new features are appended, never inserted or reordered.
/// </summary>
public static class FeatureSchema
{
    /// <summary>Mean credit over required skills: 1 exact (or same phrase), 0.5 parent/child, 0.25 two steps; 1 when none required.</summary>
    public const int RequiredSkillCoverage = 0;

    /// <summary>Share of required skills matched exactly; 1 when none required.</summary>
    public const int RequiredSkillExact = 1;

    /// <summary>Mean credit over optional skills; 0 when none listed.</summary>
    public const int OptionalSkillCoverage = 2;

    /// <summary>1 same occupation, 0.7 parent/child, 0.4 two steps, 0.5 same ISCO unit group, 0.25 same minor group.</summary>
    public const int OccupationMatch = 3;

    /// <summary>Expert skills essential (1) or optional (0.5) to the need's occupation, saturating at 5.</summary>
    public const int OccupationSkillFit = 4;

    /// <summary>Share of required languages spoken at the required level; 1 when none required.</summary>
    public const int LanguageCoverage = 5;

    /// <summary>Share of the window's days the expert is available; 1 without a window.</summary>
    public const int AvailabilityShare = 6;

    /// <summary>Available days over the assignment's duration, capped at 1; 1 without a window.</summary>
    public const int CoversDuration = 7;

    /// <summary>1 for on-site needs, and for remote needs when the expert works remotely.</summary>
    public const int RemoteFit = 8;

    /// <summary>1 the need's region is preferred, 0.5 no preference either side, 0 other regions preferred.</summary>
    public const int RegionPreference = 9;

    /// <summary>1 at or above the minimum years, years/minimum below it, 0.5 when unknown.</summary>
    public const int ExperienceFit = 10;

    /// <summary>Years beyond the minimum over 10, in [0, 1].</summary>
    public const int ExperienceSurplus = 11;

    /// <summary>1 when the expert works in the need's sector.</summary>
    public const int SectorMatch = 12;

    /// <summary>Retrieval's BM25 score over the best score of the candidate list, in [0, 1].</summary>
    public const int TextScore = 13;

    /// <summary>Share of the need's expanded concepts (with ancestors) the expert's expanded concepts share.</summary>
    public const int ConceptOverlap = 14;

    /// <summary>Approved or completed assignments on earlier needs (before the need's decisions began) over 3, capped at 1.</summary>
    public const int PastAssignments = 15;

    /// <summary>Mean staff rating (1-5) of earlier completed assignments over 5; 0 when none was rated.</summary>
    public const int PastRating = 16;

    /// <summary>Share of the profile's matching fields filled in: skills, occupation, languages, availability, years, regions, sectors.</summary>
    public const int ProfileCompleteness = 17;

    public static IReadOnlyList<string> Names { get; } =
    [
        "requiredSkillCoverage",
        "requiredSkillExact",
        "optionalSkillCoverage",
        "occupationMatch",
        "occupationSkillFit",
        "languageCoverage",
        "availabilityShare",
        "coversDuration",
        "remoteFit",
        "regionPreference",
        "experienceFit",
        "experienceSurplus",
        "sectorMatch",
        "textScore",
        "conceptOverlap",
        "pastAssignments",
        "pastRating",
        "profileCompleteness",
    ];

    public static int Count => Names.Count;
}
