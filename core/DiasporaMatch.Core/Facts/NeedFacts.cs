using System.Text.Json.Serialization;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.Facts;

/// <summary>What retrieval and ranking need of a need; stored with its index entry like <see cref="ExpertFacts"/>.</summary>
public sealed record NeedFacts
{
    public string Id { get; init; } = "";

    public string Title { get; init; } = "";

    public string Status { get; init; } = "open";

    public string Country { get; init; } = "";

    public string? Region { get; init; }

    public string Sector { get; init; } = "";

    public string? OccupationUri { get; init; }

    public IReadOnlyList<string> OccupationTokens { get; init; } = [];

    public IReadOnlyList<SkillFact> RequiredSkills { get; init; } = [];

    public IReadOnlyList<SkillFact> OptionalSkills { get; init; } = [];

    public IReadOnlyList<LanguageFact> RequiredLanguages { get; init; } = [];

    public int? MinYears { get; init; }

    public DateRange? Window { get; init; }

    public int? DurationDays { get; init; }

    public bool OnSite { get; init; } = true;

    /// <summary>Concepts with their broader ancestors, sorted.</summary>
    public string[] Expanded { get; init; } = [];

    [JsonIgnore]
    public bool IsOpen => Status == "open";
}
