using System.Text.Json.Serialization;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.Search;

/// <summary>
/// What ranking needs of a profile, kept compact and stored with its index entry so the hot path never reads
/// the store. URI lists are sorted ordinally, so membership is a binary search.
/// </summary>
public sealed record ExpertFacts : IJsonOnDeserialized
{
    public string Id { get; init; } = "";

    public string Country { get; init; } = "";

    public bool Consent { get; init; }

    public IReadOnlyList<LanguageFact> Languages { get; init; } = [];

    public IReadOnlyList<DateRange> Availability { get; init; } = [];

    public bool RemoteOk { get; init; }

    public IReadOnlyList<string> Regions { get; init; } = [];

    public int? Years { get; init; }

    public IReadOnlyList<string> Sectors { get; init; } = [];

    public IReadOnlyList<SkillFact> Skills { get; init; } = [];

    /// <summary>Resolved skill URIs, sorted.</summary>
    public string[] SkillUris { get; init; } = [];

    public string? OccupationUri { get; init; }

    public IReadOnlyList<string> OccupationTokens { get; init; } = [];

    /// <summary>Concepts with their broader ancestors, sorted.</summary>
    public string[] Expanded { get; init; } = [];

    public InvestmentInterest? Investment { get; init; }

    /// <summary>
    /// The facts packed for filtering and ranking, computed on first use (facts are shared; a racing double
    /// compute is harmless) and again for a copy (<c>with</c>), which may carry other facts.
    /// </summary>
    [JsonIgnore]
    public PackedFacts Packed => _packed is { } packed && ReferenceEquals(packed.Owner, this) ? packed : _packed = PackedFacts.Of(this);

    private PackedFacts? _packed;

    /// <summary>Every ranking of this expert reads the packed facts: packed once, with the decode, off the query path.</summary>
    void IJsonOnDeserialized.OnDeserialized() => _ = Packed;
}
