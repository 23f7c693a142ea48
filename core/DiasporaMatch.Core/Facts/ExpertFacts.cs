using System.Text.Json.Serialization;
using DiasporaMatch.Profiles;


namespace DiasporaMatch.Facts;

/// <summary>
/// What ranking needs of a profile, kept compact and stored with its index entry so the hot path never reads
/// the store. URI lists are sorted ordinally, so membership is a binary search.
/// </summary>
public sealed record ExpertFacts : IJsonOnDeserialized
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
    /// and again for a copy (<c>with</c>), which copies the fields but may carry other facts. The array hangs off
    /// this object rather than a wrapper, so a candidate costs one pointer less to reach.
    /// </summary>
    [JsonIgnore]
    public PackedFacts Packed => new(this, ReferenceEquals(Volatile.Read(ref _packedFor), this) ? _packedData! : Pack());

    private int[]? _packedData;
    private ExpertFacts? _packedFor;

    private int[] Pack()
    {
        var data = PackedFacts.Pack(this);
        _packedData = data;
        Volatile.Write(ref _packedFor, this); // after the data: a reader that sees the owner sees its array
        return data;
    }

    /// <summary>Every ranking of this expert reads the packed facts: packed once, with the decode, off the query path.</summary>
    void IJsonOnDeserialized.OnDeserialized() => _ = Packed;
}
