using DiasporaMatch.Profiles;

namespace DiasporaMatch.Needs;

/// <summary>An institution's request for a temporary expert assignment (kind <c>needs</c>).</summary>
public sealed record Need
{
    public string Id { get; init; } = "";

    public string OrganisationId { get; init; } = "";

    public string Title { get; init; } = "";

    public string? Description { get; init; }

    public string Country { get; init; } = "";

    public string? Region { get; init; }

    public string? City { get; init; }

    public string Sector { get; init; } = "";

    public string? Occupation { get; init; }

    public IReadOnlyList<string> RequiredSkills { get; init; } = [];

    public IReadOnlyList<string> OptionalSkills { get; init; } = [];

    public IReadOnlyList<LanguageSkill> RequiredLanguages { get; init; } = [];

    public int? MinYearsExperience { get; init; }

    public DateRange? Window { get; init; }

    public int? DurationDays { get; init; }

    public bool OnSite { get; init; } = true;

    public int Positions { get; init; } = 1;

    /// <summary>open (default) or closed; closed needs are not matched.</summary>
    public string Status { get; init; } = "open";
}
