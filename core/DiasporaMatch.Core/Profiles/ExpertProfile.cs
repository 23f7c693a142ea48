using System.Text.Json.Serialization;

namespace DiasporaMatch.Profiles;

/// <summary>A diaspora professional or investor, as submitted (kind <c>profiles</c>).</summary>
public sealed record ExpertProfile
{
    public string Id { get; init; } = "";

    public string FullName { get; init; } = "";

    public string? Email { get; init; }

    /// <summary>fr, ar, en or nl: the language of the expert's notifications (French when unset).</summary>
    public string? PreferredLanguage { get; init; }

    public string CountryOfResidence { get; init; } = "";

    /// <summary>
    /// Self-declared and optional (female, male, other): only for monitoring a plan's representation and for aggregate
    /// reports — never a ranking feature, never shown to institutions.
    /// </summary>
    public string? Gender { get; init; }

    public string? OriginCountry { get; init; }

    public IReadOnlyList<LanguageSkill> Languages { get; init; } = [];

    public string? Occupation { get; init; }

    public string? Headline { get; init; }

    public string? Summary { get; init; }

    public IReadOnlyList<string> Skills { get; init; } = [];

    public int? YearsExperience { get; init; }

    public IReadOnlyList<string> Sectors { get; init; } = [];

    public IReadOnlyList<DateRange> Availability { get; init; } = [];

    public IReadOnlyList<string> PreferredRegions { get; init; } = [];

    public bool? RemoteOk { get; init; }

    public InvestmentInterest? Investment { get; init; }

    public Consent? Consent { get; init; }

    [JsonIgnore]
    public bool IsMatchable => Consent is { Given: true };
}
