namespace DiasporaMatch.Search;

/// <summary>
/// What filtering and ranking read of an expert for every candidate, packed into one int array: a thousand
/// candidates per query cost a thousand short sequential reads instead of chasing some thirty objects each
/// (lists, records, strings) across a gigabyte heap. Concepts are <see cref="ConceptIds"/>, codes (languages,
/// regions, sectors) <see cref="CodeIds"/>; occupation words, which are free text, are string hashes, and a hash
/// match is confirmed against the string itself. Answers stay exact.
/// </summary>
public sealed class PackedFacts
{
    private const int FlagsAt = 0, YearsAt = 1, OccupationAt = 2, SkillsAt = 3, ExpandedAt = 4, LanguagesAt = 5,
        AvailabilityAt = 6, RegionsAt = 7, SectorsAt = 8, TokensAt = 9, SkillFactsAt = 10, Header = 11;

    private const int Consented = 1, Remote = 2, Unresolved = 4, HasYears = 8;

    private readonly int[] _data;

    private PackedFacts(ExpertFacts owner, int[] data)
    {
        Owner = owner;
        _data = data;
    }

    /// <summary>The facts this was packed from; a copy of them (<c>with</c>) packs its own.</summary>
    public ExpertFacts Owner { get; }

    public bool Consent => (_data[FlagsAt] & Consented) != 0;

    public bool RemoteOk => (_data[FlagsAt] & Remote) != 0;

    /// <summary>Some skill phrase has no concept: only then are phrases compared by wording.</summary>
    public bool AnyUnresolved => (_data[FlagsAt] & Unresolved) != 0;

    public int? Years => (_data[FlagsAt] & HasYears) != 0 ? _data[YearsAt] : null;

    /// <summary>The occupation's concept id, 0 for none.</summary>
    public int Occupation => _data[OccupationAt];

    /// <summary>Resolved skill concept ids, sorted.</summary>
    public ReadOnlySpan<int> Skills => Section(SkillsAt, 1);

    /// <summary>Concepts with their broader ancestors, sorted.</summary>
    public ReadOnlySpan<int> Expanded => Section(ExpandedAt, 1);

    /// <summary>Pairs (code id, level rank) in the order of <see cref="ExpertFacts.Languages"/>.</summary>
    public ReadOnlySpan<int> Languages => Section(LanguagesAt, 2);

    /// <summary>Pairs (first day, last day) as day numbers, in the order of <see cref="ExpertFacts.Availability"/>.</summary>
    public ReadOnlySpan<int> Availability => Section(AvailabilityAt, 2);

    public ReadOnlySpan<int> Regions => Section(RegionsAt, 1);

    public ReadOnlySpan<int> Sectors => Section(SectorsAt, 1);

    public ReadOnlySpan<int> OccupationTokens => Section(TokensAt, 1);

    /// <summary>Skill phrases, resolved or not.</summary>
    public int SkillFactCount => _data[SkillFactsAt];

    public static int Hash(string value) => StringComparer.Ordinal.GetHashCode(value);

    public static PackedFacts Of(ExpertFacts facts)
    {
        var keys = ConceptKeys.Of(facts.SkillUris, facts.Expanded, facts.OccupationUri);
        var data = new List<int>(Header + keys.Skills.Length + keys.Expanded.Length + 16)
        {
            (facts.Consent ? Consented : 0) | (facts.RemoteOk ? Remote : 0) | (facts.Years is null ? 0 : HasYears)
                | (facts.Skills.Any(s => s.Uri is null) ? Unresolved : 0),
            facts.Years ?? 0,
            keys.Occupation,
            keys.Skills.Length,
            keys.Expanded.Length,
            facts.Languages.Count,
            facts.Availability.Count,
            facts.Regions.Count,
            facts.Sectors.Count,
            facts.OccupationTokens.Count,
            facts.Skills.Count,
        };
        data.AddRange(keys.Skills);
        data.AddRange(keys.Expanded);
        data.AddRange(facts.Languages.SelectMany(l => new[] { CodeIds.Of(l.Code), l.Rank }));
        data.AddRange(facts.Availability.SelectMany(r => new[] { r.From.DayNumber, r.To.DayNumber }));
        data.AddRange(facts.Regions.Select(CodeIds.Of));
        data.AddRange(facts.Sectors.Select(CodeIds.Of));
        data.AddRange(facts.OccupationTokens.Select(Hash));
        return new PackedFacts(facts, [.. data]);
    }

    /// <summary>Whether the expert holds <paramref name="code"/> at <paramref name="minRank"/> or above (any level when negative).</summary>
    public bool Speaks(string code, int id, int minRank) => LanguageAt(code, id, minRank) >= 0;

    /// <summary>The index in <see cref="ExpertFacts.Languages"/> of the first entry for the code at the level, or -1.</summary>
    public int LanguageAt(string code, int id, int minRank)
    {
        var languages = Languages;
        for (var i = 0; i < languages.Length; i += 2)
        {
            if ((minRank < 0 || languages[i + 1] >= minRank) && (id != 0 && languages[i] != 0 ? languages[i] == id : Owner.Languages[i / 2].Code == code))
            {
                return i / 2;
            }
        }

        return -1;
    }

    public bool InRegion(string region, int id) => Holds(Regions, id, region, Owner.Regions);

    public bool InSector(string sector, int id) => Holds(Sectors, id, sector, Owner.Sectors);

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

    private ReadOnlySpan<int> Section(int countAt, int width)
    {
        var start = Header;
        for (var at = SkillsAt; at < countAt; at++)
        {
            start += _data[at] * (at is LanguagesAt or AvailabilityAt ? 2 : 1);
        }

        return _data.AsSpan(start, _data[countAt] * width);
    }
}
