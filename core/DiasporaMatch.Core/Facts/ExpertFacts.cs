using System.Text.Json.Serialization;
using DiasporaMatch.Profiles;


namespace DiasporaMatch.Facts;

/// <summary>
/// What ranking needs of a profile, stored with its index entry so the hot path never reads the store; the index
/// keeps only their <see cref="PackedFacts"/> in memory. URI lists are sorted ordinally, so membership is a binary search.
/// </summary>
public sealed record ExpertFacts
{
    public string Id { get; init; } = "";

    [JsonConverter(typeof(SharedStringConverter))]
    public string Country { get; init; } = "";

    public bool Consent { get; init; }

    public IReadOnlyList<LanguageFact> Languages { get; init; } = [];

    public IReadOnlyList<DateRange> Availability { get; init; } = [];

    public bool RemoteOk { get; init; }

    [JsonConverter(typeof(SharedStringListConverter))]
    public IReadOnlyList<string> Regions { get; init; } = [];

    public int? Years { get; init; }

    [JsonConverter(typeof(SharedStringListConverter))]
    public IReadOnlyList<string> Sectors { get; init; } = [];

    public IReadOnlyList<SkillFact> Skills { get; init; } = [];

    /// <summary>Resolved skill URIs, sorted.</summary>
    [JsonConverter(typeof(SharedStringArrayConverter))]
    public string[] SkillUris { get; init; } = [];

    [JsonConverter(typeof(SharedStringConverter))]
    public string? OccupationUri { get; init; }

    [JsonConverter(typeof(SharedStringListConverter))]
    public IReadOnlyList<string> OccupationTokens { get; init; } = [];

    /// <summary>Concepts with their broader ancestors, sorted.</summary>
    [JsonConverter(typeof(SharedStringArrayConverter))]
    public string[] Expanded { get; init; } = [];

    public InvestmentInterest? Investment { get; init; }

    /// <summary>
    /// The facts packed for filtering and ranking, computed on first use (a racing double compute is harmless)
    /// and again for a copy (<c>with</c>), which copies the fields but may carry other facts.
    /// </summary>
    [JsonIgnore]
    public PackedFacts Packed => ReferenceEquals(Volatile.Read(ref _packedFor), this) ? _packed! : Pack();

    private PackedFacts? _packed;
    private ExpertFacts? _packedFor;

    private PackedFacts Pack()
    {
        var packed = PackedFacts.Of(this);
        _packed = packed;
        Volatile.Write(ref _packedFor, this); // after the packed facts: a reader that sees the owner sees them
        return packed;
    }
}
