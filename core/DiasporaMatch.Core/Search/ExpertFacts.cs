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
    /// The concepts as ids for ranking, computed on first use (facts are shared; a racing double compute is
    /// harmless) and again if a copy (<c>with</c>) carries other concepts.
    /// </summary>
    [JsonIgnore]
    public ConceptKeys Keys
    {
        get
        {
            var cached = _keys;
            if (cached is null || !ReferenceEquals(cached.Skills, SkillUris) || !ReferenceEquals(cached.SkillFacts, Skills) || !ReferenceEquals(cached.Expanded, Expanded) || !ReferenceEquals(cached.Occupation, OccupationUri))
            {
                cached = new KeysCache(SkillUris, Skills, Expanded, OccupationUri, ConceptKeys.Of(SkillUris, Expanded, OccupationUri, Skills.Any(s => s.Uri is null)));
                _keys = cached;
            }

            return cached.Keys;
        }
    }

    private KeysCache? _keys;

    /// <summary>Every ranking of this expert needs the concept ids: computed once, with the decode, off the query path.</summary>
    void IJsonOnDeserialized.OnDeserialized() => _ = Keys;

    private sealed record KeysCache(string[] Skills, IReadOnlyList<SkillFact> SkillFacts, string[] Expanded, string? Occupation, ConceptKeys Keys);
}
