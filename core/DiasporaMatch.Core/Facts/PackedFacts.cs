using System.Text.Json.Serialization;

namespace DiasporaMatch.Facts;

/// <summary>
/// What filtering and ranking read of an expert, and all a profile index keeps of each profile in memory (the
/// decoded <see cref="ExpertFacts"/>, phrases and URI lists mostly, are more than twice as large: docs/performance.md).
/// Numbers are packed into one int array, so a thousand candidates per query cost a thousand short sequential
/// reads instead of chasing some thirty objects each. Concepts are <see cref="ConceptIds"/>, codes (languages,
/// regions, sectors) <see cref="CodeIds"/>; occupation words, which are free text, are string hashes. Beside the
/// array, the decoded facts' own lists of shared strings (<see cref="SharedStrings"/>) confirm a hash match and
/// decide where a code has no id; skill phrases keep their words only, and languages their stated form for the
/// reasons. Answers stay exact.
/// </summary>
[JsonConverter(typeof(PackedFactsReader))]
public sealed class PackedFacts
{
    // Header, then the sections in this order: the small ones that filters read sit on the header's cache line,
    // skills and expanded concepts (most of the array) come last. Section k spans [start k, start k+1).
    private const int FlagsAt = 0, YearsAt = 1, OccupationAt = 2, LanguagesAt = 3, AvailabilityAt = 4,
        RegionsAt = 5, SectorsAt = 6, TokensAt = 7, PhrasesAt = 8, SkillsAt = 9, ExpandedAt = 10, EndAt = 11, Header = 12;

    private const int Consented = 1, Remote = 2, Unresolved = 4, HasYears = 8;

    private readonly int[] _data;
    private readonly IReadOnlyList<string> _regions;
    private readonly IReadOnlyList<string> _sectors;
    private readonly string[] _phraseWords;

    private PackedFacts(ExpertFacts facts, int[] data, string[] phraseWords)
    {
        Id = facts.Id;
        LanguageFacts = facts.Languages;
        OccupationWords = facts.OccupationTokens;
        _regions = facts.Regions;
        _sectors = facts.Sectors;
        _data = data;
        _phraseWords = phraseWords;
    }

    public string Id { get; }

    /// <summary>The languages as stated, in the order of <see cref="Languages"/>.</summary>
    public IReadOnlyList<LanguageFact> LanguageFacts { get; }

    /// <summary>The occupation's words, in the order of <see cref="OccupationTokens"/>' hashes.</summary>
    public IReadOnlyList<string> OccupationWords { get; }

    public bool Consent => (_data[FlagsAt] & Consented) != 0;

    public bool RemoteOk => (_data[FlagsAt] & Remote) != 0;

    /// <summary>Some skill phrase has no concept: only then are phrases compared by wording.</summary>
    public bool AnyUnresolved => (_data[FlagsAt] & Unresolved) != 0;

    public int? Years => (_data[FlagsAt] & HasYears) != 0 ? _data[YearsAt] : null;

    /// <summary>The occupation's concept id, 0 for none.</summary>
    public int Occupation => _data[OccupationAt];

    /// <summary>Resolved skill concept ids, sorted.</summary>
    public ReadOnlySpan<int> Skills => Section(SkillsAt);

    /// <summary>Concepts with their broader ancestors, sorted.</summary>
    public ReadOnlySpan<int> Expanded => Section(ExpandedAt);

    /// <summary>Pairs (code id, level rank) in the order of <see cref="LanguageFacts"/>.</summary>
    public ReadOnlySpan<int> Languages => Section(LanguagesAt);

    /// <summary>Pairs (first day, last day) as day numbers.</summary>
    public ReadOnlySpan<int> Availability => Section(AvailabilityAt);

    public ReadOnlySpan<int> Regions => Section(RegionsAt);

    public ReadOnlySpan<int> Sectors => Section(SectorsAt);

    public ReadOnlySpan<int> OccupationTokens => Section(TokensAt);

    /// <summary>Skill phrases, resolved or not.</summary>
    public int SkillFactCount => Section(PhrasesAt).Length / 2;

    /// <summary>Whether skill phrase <paramref name="index"/> (of <see cref="SkillFactCount"/>) has a concept.</summary>
    public bool PhraseResolved(int index) => _data[_data[PhrasesAt] + (2 * index)] != 0;

    /// <summary>The folded words of skill phrase <paramref name="index"/>, for comparing phrases by wording.</summary>
    public ReadOnlySpan<string> PhraseWords(int index)
    {
        var phrases = _data[PhrasesAt];
        var start = index == 0 ? 0 : _data[phrases + (2 * index) - 1];
        return _phraseWords.AsSpan(start, _data[phrases + (2 * index) + 1] - start);
    }

    public static int Hash(string value) => StringComparer.Ordinal.GetHashCode(value);

    /// <summary>The packed form of <paramref name="facts"/>; it keeps none of their phrases or URI lists.</summary>
    internal static PackedFacts Of(ExpertFacts facts)
    {
        var keys = ConceptKeys.Of(facts.SkillUris, facts.Expanded, facts.OccupationUri);
        var data = new List<int>(Header + keys.Skills.Length + keys.Expanded.Length + 16)
        {
            (facts.Consent ? Consented : 0) | (facts.RemoteOk ? Remote : 0) | (facts.Years is null ? 0 : HasYears)
                | (facts.Skills.Any(s => s.Uri is null) ? Unresolved : 0),
            facts.Years ?? 0,
            keys.Occupation,
        };
        data.AddRange(new int[Header - data.Count]);
        Append(data, LanguagesAt, facts.Languages.SelectMany(l => new[] { CodeIds.Of(l.Code), l.Rank }));
        Append(data, AvailabilityAt, facts.Availability.SelectMany(r => new[] { r.From.DayNumber, r.To.DayNumber }));
        Append(data, RegionsAt, facts.Regions.Select(CodeIds.Of));
        Append(data, SectorsAt, facts.Sectors.Select(CodeIds.Of));
        Append(data, TokensAt, facts.OccupationTokens.Select(Hash));
        Append(data, PhrasesAt, Phrases(facts.Skills));
        Append(data, SkillsAt, keys.Skills);
        Append(data, ExpandedAt, keys.Expanded);
        data[EndAt] = data.Count;
        return new PackedFacts(facts, [.. data], [.. facts.Skills.SelectMany(s => s.Tokens)]);
    }

    /// <summary>Per phrase: 1 when resolved, and where its words end in the flat word array.</summary>
    private static List<int> Phrases(IReadOnlyList<SkillFact> skills)
    {
        var pairs = new List<int>(2 * skills.Count);
        var end = 0;
        foreach (var skill in skills)
        {
            end += skill.Tokens.Count;
            pairs.Add(skill.Uri is null ? 0 : 1);
            pairs.Add(end);
        }

        return pairs;
    }

    private static void Append(List<int> data, int startAt, IEnumerable<int> section)
    {
        data[startAt] = data.Count;
        data.AddRange(section);
    }

    /// <summary>Whether the expert holds <paramref name="code"/> at <paramref name="minRank"/> or above (any level when negative).</summary>
    public bool Speaks(string code, int id, int minRank) => LanguageAt(code, id, minRank) >= 0;

    /// <summary>The index in <see cref="LanguageFacts"/> of the first entry for the code at the level, or -1.</summary>
    public int LanguageAt(string code, int id, int minRank)
    {
        var languages = Languages;
        for (var i = 0; i < languages.Length; i += 2)
        {
            if ((minRank < 0 || languages[i + 1] >= minRank) && (id != 0 && languages[i] != 0 ? languages[i] == id : LanguageFacts[i / 2].Code == code))
            {
                return i / 2;
            }
        }

        return -1;
    }

    public bool InRegion(string region, int id) => Holds(Regions, id, region, _regions);

    public bool InSector(string sector, int id) => Holds(Sectors, id, sector, _sectors);

    /// <summary>Whether any availability range shares a day with [<paramref name="from"/>, <paramref name="to"/>] (day numbers).</summary>
    public bool AvailableWithin(int from, int to)
    {
        var ranges = Availability;
        for (var i = 0; i < ranges.Length; i += 2)
        {
            if (Math.Max(ranges[i], from) <= Math.Min(ranges[i + 1], to))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of <paramref name="value"/> among <paramref name="strings"/>, found by its hash and confirmed, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<int> hashes, int hash, string value, IReadOnlyList<string> strings)
    {
        for (var i = 0; i < hashes.Length; i++)
        {
            if (hashes[i] == hash && strings[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Holds(ReadOnlySpan<int> ids, int id, string code, IReadOnlyList<string> codes)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            if (CodeIds.Same(ids[i], id, codes[i], code))
            {
                return true;
            }
        }

        return false;
    }

    private ReadOnlySpan<int> Section(int startAt) => _data.AsSpan(_data[startAt], _data[startAt + 1] - _data[startAt]);
}
