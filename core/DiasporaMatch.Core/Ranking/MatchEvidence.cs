namespace DiasporaMatch.Ranking;

/// <summary>The counts behind the features, so reasons can say "3 of 4" rather than "0.75".</summary>
public sealed record MatchEvidence
{
    public int RequiredTotal { get; init; }

    public int RequiredCovered { get; init; }

    public int RequiredRelated { get; init; }

    public int OptionalTotal { get; init; }

    public int OptionalCovered { get; init; }

    public OccupationRelation Occupation { get; init; }

    public int OccupationSkills { get; init; }

    public IReadOnlyList<LanguageEvidence> Languages { get; init; } = [];

    public int WindowDays { get; init; }

    public int AvailableDays { get; init; }

    public int? Years { get; init; }

    public int? MinYears { get; init; }

    public string? Region { get; init; }

    public string Sector { get; init; } = "";

    public bool RemoteNeed { get; init; }

    public int SharedConcepts { get; init; }

    public int PastAssignments { get; init; }

    public double? MeanRating { get; init; }

    public float Completeness { get; init; }
}
