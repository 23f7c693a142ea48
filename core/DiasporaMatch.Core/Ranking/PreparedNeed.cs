using DiasporaMatch.Facts;
using DiasporaMatch.Normalisation;
using DiasporaMatch.Search;

namespace DiasporaMatch.Ranking;

/// <summary>
/// A need ready to be paired with many experts. Concepts are compared as <see cref="ConceptIds"/>, and every
/// taxonomy answer (hierarchy distance, occupation-skill relation, occupation relation) is remembered for the
/// need, since a thousand candidates share most of their concepts. Not thread-safe: one per query.
/// </summary>
public sealed class PreparedNeed
{
    private readonly NeedFacts _need;
    private readonly ITaxonomyView _taxonomy;
    private readonly int[] _required;
    private readonly int[] _optional;

    /// <summary>The words of each required then optional skill, compared with an expert's phrases when a concept cannot decide.</summary>
    private readonly string[][] _wantedWords;

    /// <summary>Per held concept, its credit for each required then optional skill.</summary>
    private readonly SkillCreditRows _credits;
    private readonly ConceptKeys _keys;
    private readonly bool[] _expanded;
    private readonly HierarchyMemo _hierarchy;

    /// <summary>Credit of a held skill for the need's occupation, by concept id; NaN until asked.</summary>
    private readonly float[] _occupationSkill;
    private readonly Dictionary<int, (float Score, OccupationRelation Relation)> _occupation = [];

    /// <summary>The need's codes as <see cref="CodeIds"/> and occupation words as hashes, compared with <see cref="PackedFacts"/>' own.</summary>
    private readonly int[] _languageIds;
    private readonly int[] _occupationTokenHashes;
    private readonly int _regionId;
    private readonly int _sectorId;

    public PreparedNeed(NeedFacts need, ITaxonomyView taxonomy, HierarchyMemo? hierarchy = null)
    {
        _need = need;
        _taxonomy = taxonomy;
        _hierarchy = hierarchy ?? new HierarchyMemo(taxonomy);
        _required = need.RequiredSkills.Select(s => s.Uri is null ? 0 : ConceptIds.Of(s.Uri)).ToArray();
        _optional = need.OptionalSkills.Select(s => s.Uri is null ? 0 : ConceptIds.Of(s.Uri)).ToArray();
        _wantedWords = need.RequiredSkills.Concat(need.OptionalSkills).Select(s => s.Tokens.ToArray()).ToArray();
        _keys = ConceptKeys.Of([], need.Expanded, need.OccupationUri);
        _languageIds = HardFilters.LanguageIds(need);
        _occupationTokenHashes = need.OccupationTokens.Select(PackedFacts.Hash).ToArray();
        _regionId = need.Region is null ? 0 : CodeIds.Of(need.Region);
        _sectorId = CodeIds.Of(need.Sector);
        var ids = ConceptIds.Count + 1;
        _credits = new SkillCreditRows([.. _required, .. _optional], _hierarchy, ids);
        _expanded = new bool[ids];
        foreach (var id in _keys.Expanded)
        {
            _expanded[id] = true;
        }

        _occupationSkill = new float[need.OccupationUri is null ? 0 : ids];
        var listed = need.OccupationUri is null ? null : taxonomy.SkillsOfOccupation(need.OccupationUri);
        Array.Fill(_occupationSkill, listed is null ? float.NaN : 0); // NaN: not asked yet; a listing answers all at once
        foreach (var (skill, essential) in listed ?? [])
        {
            var id = ConceptIds.Of(skill);
            if (id < _occupationSkill.Length)
            {
                _occupationSkill[id] = Math.Max(_occupationSkill[id], essential ? 1 : 0.5f);
            }
        }
    }

    public NeedFacts Need => _need;

    /// <summary>
    /// The pair's features; <paramref name="record"/> is the expert's track record as of the need (none when
    /// unknown). The evidence behind them is written when first read (<see cref="Explain"/>).
    /// </summary>
    public MatchFeatures Extract(PackedFacts expert, float textScore, TrackRecord record = default)
    {
        var values = new float[FeatureSchema.Count];
        Measure(expert, textScore, record, values);
        return new MatchFeatures(values, this, expert, record);
    }

    /// <summary>The counts behind the pair's features, as <see cref="Extract"/> measured them.</summary>
    public MatchEvidence Explain(PackedFacts expert, TrackRecord record)
    {
        var need = _need;
        var counts = Measure(expert, 0, record, new float[FeatureSchema.Count]);
        var languages = new List<LanguageEvidence>(need.RequiredLanguages.Count);
        foreach (var wanted in need.RequiredLanguages)
        {
            languages.Add(new LanguageEvidence(wanted, HardFilters.Held(expert, wanted) ?? Spoken(expert, wanted.Code)));
        }

        return new MatchEvidence
        {
            RequiredTotal = need.RequiredSkills.Count,
            RequiredCovered = counts.RequiredCovered,
            RequiredRelated = counts.RequiredCovered - counts.RequiredExact,
            OptionalTotal = need.OptionalSkills.Count,
            OptionalCovered = counts.OptionalCovered,
            Occupation = counts.Occupation,
            OccupationSkills = counts.EssentialSkills,
            Languages = languages,
            WindowDays = need.Window?.Days ?? 0,
            AvailableDays = counts.AvailableDays,
            Years = expert.Years,
            MinYears = need.MinYears,
            Region = counts.InRegion ? need.Region : null,
            Sector = need.Sector,
            RemoteNeed = !need.OnSite,
            SharedConcepts = counts.SharedConcepts,
            PastAssignments = record.Assignments,
            MeanRating = record.MeanRating,
            Completeness = Completeness(expert),
        };
    }

    /// <summary>Writes the pair's features into <paramref name="values"/>; no allocation, it runs a thousand times per query.</summary>
    private Counts Measure(PackedFacts expert, float textScore, TrackRecord record, float[] values)
    {
        var need = _need;

        Span<float> credits = _credits.Width <= 128 ? stackalloc float[_credits.Width] : new float[_credits.Width];
        SkillCredits(expert, credits);
        var required = Coverage(credits, 0, _required.Length);
        values[FeatureSchema.RequiredSkillCoverage] = need.RequiredSkills.Count == 0 ? 1 : required.Credit / need.RequiredSkills.Count;
        values[FeatureSchema.RequiredSkillExact] = need.RequiredSkills.Count == 0 ? 1 : (float)required.Exact / need.RequiredSkills.Count;
        var optional = Coverage(credits, _required.Length, _optional.Length);
        values[FeatureSchema.OptionalSkillCoverage] = need.OptionalSkills.Count == 0 ? 0 : optional.Credit / need.OptionalSkills.Count;

        var (occupationScore, relation) = Occupation(expert);
        values[FeatureSchema.OccupationMatch] = occupationScore;
        var occupationSkills = OccupationSkills(expert.Skills, out var essential);
        values[FeatureSchema.OccupationSkillFit] = Math.Min(1f, occupationSkills / 5f);

        var met = 0;
        for (var i = 0; i < need.RequiredLanguages.Count; i++)
        {
            var wanted = need.RequiredLanguages[i];
            met += expert.Speaks(wanted.Code, _languageIds[i], wanted.Rank) ? 1 : 0;
        }

        values[FeatureSchema.LanguageCoverage] = need.RequiredLanguages.Count == 0 ? 1 : (float)met / need.RequiredLanguages.Count;

        var windowDays = need.Window?.Days ?? 0;
        var available = need.Window is null ? 0 : AvailableDays(need.Window, expert.Availability);
        values[FeatureSchema.AvailabilityShare] = need.Window is null ? 1 : (float)available / windowDays;
        var duration = Math.Max(1, Math.Min(need.DurationDays ?? windowDays, windowDays));
        values[FeatureSchema.CoversDuration] = need.Window is null ? 1 : Math.Min(1f, (float)available / duration);

        values[FeatureSchema.RemoteFit] = need.OnSite || expert.RemoteOk ? 1 : 0;
        var inRegion = need.Region is not null && expert.InRegion(need.Region, _regionId);
        values[FeatureSchema.RegionPreference] = need.Region is null || expert.Regions.Length == 0 ? 0.5f : inRegion ? 1 : 0;
        var years = expert.Years;
        values[FeatureSchema.ExperienceFit] = ExperienceFit(need.MinYears, years);
        values[FeatureSchema.ExperienceSurplus] = years is { } y ? Math.Clamp((y - (need.MinYears ?? 0)) / 10f, 0, 1) : 0;
        values[FeatureSchema.SectorMatch] = expert.InSector(need.Sector, _sectorId) ? 1 : 0;
        values[FeatureSchema.TextScore] = Math.Clamp(textScore, 0, 1);
        var shared = SharedConcepts(expert.Expanded);
        values[FeatureSchema.ConceptOverlap] = need.Expanded.Length == 0 ? 0 : (float)shared / need.Expanded.Length;
        values[FeatureSchema.PastAssignments] = Math.Min(1f, record.Assignments / 3f);
        values[FeatureSchema.PastRating] = record.MeanRating is { } rating ? (float)(rating / 5) : 0;
        values[FeatureSchema.ProfileCompleteness] = Completeness(expert);
        return new Counts(required.Covered, required.Exact, optional.Covered, relation, essential, available, inRegion, shared);
    }

    /// <summary>How many of the expert's expanded concepts the need's expanded set holds: one table read each.</summary>
    private int SharedConcepts(ReadOnlySpan<int> expanded)
    {
        var shared = 0;
        foreach (var id in expanded)
        {
            shared += id < _expanded.Length && _expanded[id] ? 1 : 0;
        }

        return shared;
    }

    private static float Completeness(PackedFacts expert)
    {
        var filled = (expert.SkillFactCount > 0 ? 1 : 0) + (expert.OccupationTokens.Length > 0 || expert.Occupation != 0 ? 1 : 0)
            + (expert.Languages.Length > 0 ? 1 : 0) + (expert.Availability.Length > 0 ? 1 : 0) + (expert.Years is null ? 0 : 1)
            + (expert.Regions.Length > 0 ? 1 : 0) + (expert.Sectors.Length > 0 ? 1 : 0);
        return filled / 7f;
    }

    /// <summary>Credit, covered and exact counts of the wanted skills [<paramref name="from"/>, from + count) in <paramref name="credits"/>.</summary>
    private static (float Credit, int Covered, int Exact) Coverage(ReadOnlySpan<float> credits, int from, int count)
    {
        float credit = 0;
        int covered = 0, exact = 0;
        foreach (var c in credits.Slice(from, count))
        {
            credit += c;
            covered += c > 0 ? 1 : 0;
            exact += c >= 1 ? 1 : 0;
        }

        return (credit, covered, exact);
    }

    /// <summary>
    /// Best credit the expert's skills give each wanted skill (required, then optional): by concept through the
    /// per-query credit rows, and by wording where a concept cannot decide (one side of a comparison is unresolved).
    /// </summary>
    private void SkillCredits(PackedFacts keys, Span<float> best)
    {
        best.Clear();
        foreach (var held in keys.Skills)
        {
            if (!_credits.TryRow(held, out var row))
            {
                continue;
            }

            for (var i = 0; i < best.Length; i++)
            {
                best[i] = Math.Max(best[i], row[i]);
            }
        }

        for (var w = 0; w < best.Length; w++)
        {
            var wanted = w < _required.Length ? _need.RequiredSkills[w] : _need.OptionalSkills[w - _required.Length];
            if (wanted.Uri is not null && !keys.AnyUnresolved)
            {
                continue;
            }

            for (var i = 0; i < keys.SkillFactCount && best[w] < 1; i++)
            {
                if (wanted.Uri is null || !keys.PhraseResolved(i))
                {
                    best[w] = Math.Max(best[w], PhraseCredit(_wantedWords[w], keys.PhraseWords(i)));
                }
            }
        }
    }

    /// <summary>Same words 1; the expert's phrase says more (contains every wanted word) 0.75; says less 0.5.</summary>
    private static float PhraseCredit(ReadOnlySpan<string> wanted, ReadOnlySpan<string> held)
    {
        if (wanted.Length == 0 || held.Length == 0)
        {
            return 0;
        }

        var heldHasAll = ContainsAll(held, wanted);
        var wantedHasAll = ContainsAll(wanted, held);
        return heldHasAll && wantedHasAll ? 1 : heldHasAll ? 0.75f : wantedHasAll ? 0.5f : 0;
    }

    /// <summary><see cref="PhraseCredit"/> of the need's occupation words against the expert's, compared by hash and confirmed.</summary>
    private float OccupationWordCredit(PackedFacts expert, ReadOnlySpan<int> held)
    {
        if (_occupationTokenHashes.Length == 0 || held.Length == 0)
        {
            return 0;
        }

        var heldHasAll = ContainsAll(held, expert.OccupationWords, _occupationTokenHashes, _need.OccupationTokens);
        var wantedHasAll = ContainsAll(_occupationTokenHashes, _need.OccupationTokens, held, expert.OccupationWords);
        return heldHasAll && wantedHasAll ? 1 : heldHasAll ? 0.75f : wantedHasAll ? 0.5f : 0;
    }

    private bool SharesOccupationWord(PackedFacts expert, ReadOnlySpan<int> held)
    {
        for (var i = 0; i < _occupationTokenHashes.Length; i++)
        {
            if (PackedFacts.IndexOf(held, _occupationTokenHashes[i], _need.OccupationTokens[i], expert.OccupationWords) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAll(ReadOnlySpan<int> setHashes, IReadOnlyList<string> set, ReadOnlySpan<int> itemHashes, IReadOnlyList<string> items)
    {
        for (var i = 0; i < itemHashes.Length; i++)
        {
            if (PackedFacts.IndexOf(setHashes, itemHashes[i], items[i], set) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsAll(ReadOnlySpan<string> set, ReadOnlySpan<string> items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            var found = false;
            for (var j = 0; j < set.Length && !found; j++)
            {
                found = set[j] == items[i];
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    private (float Score, OccupationRelation Relation) Occupation(PackedFacts keys)
    {
        if (_need.OccupationUri is not null && keys.Occupation != 0)
        {
            if (!_occupation.TryGetValue(keys.Occupation, out var byConcept))
            {
                byConcept = OccupationByConcept(_keys.Occupation, keys.Occupation);
                _occupation[keys.Occupation] = byConcept;
            }

            if (byConcept.Relation != OccupationRelation.None)
            {
                return byConcept;
            }
        }

        var tokens = keys.OccupationTokens;
        var words = OccupationWordCredit(keys, tokens);
        return words >= 1 ? (1, OccupationRelation.Same)
            : words > 0 ? (words * 0.7f, OccupationRelation.SimilarWording)
            : SharesOccupationWord(keys, tokens) ? (0.2f, OccupationRelation.SimilarWording)
            : (0, OccupationRelation.None);
    }

    /// <summary>Same concept, related in the hierarchy, or in the same ISCO group; None sends the caller to the wording.</summary>
    private (float Score, OccupationRelation Relation) OccupationByConcept(int wanted, int held)
    {
        if (wanted == held)
        {
            return (1, OccupationRelation.Same);
        }

        var byHierarchy = _hierarchy.Credit(wanted, held, oneStep: 0.7f, twoSteps: 0.4f);
        var a = _hierarchy.IscoCode(wanted);
        var b = _hierarchy.IscoCode(held);
        var byIsco = a is { Length: >= 4 } && b is { Length: >= 4 }
            ? a.AsSpan(0, 4).SequenceEqual(b.AsSpan(0, 4)) ? 0.5f : a.AsSpan(0, 3).SequenceEqual(b.AsSpan(0, 3)) ? 0.25f : 0
            : 0;
        if (byHierarchy > 0 && byHierarchy >= byIsco)
        {
            return (byHierarchy, OccupationRelation.Related);
        }

        return byIsco > 0 ? (byIsco, OccupationRelation.SameIscoGroup) : (0, OccupationRelation.None);
    }

    private float OccupationSkills(ReadOnlySpan<int> skills, out int essential)
    {
        essential = 0;
        if (_need.OccupationUri is not { } occupation)
        {
            return 0;
        }

        float fit = 0;
        for (var i = 0; i < skills.Length; i++)
        {
            var held = skills[i];
            var credit = held < _occupationSkill.Length ? _occupationSkill[held] : float.NaN;
            if (float.IsNaN(credit))
            {
                credit = OccupationSkill(occupation, held);
                if (held < _occupationSkill.Length)
                {
                    _occupationSkill[held] = credit;
                }
            }

            essential += credit >= 1 ? 1 : 0;
            fit += credit;
        }

        return fit;
    }

    private float OccupationSkill(string occupation, int held)
    {
        var uri = ConceptIds.UriOf(held);
        return _taxonomy.IsEssentialSkill(occupation, uri) ? 1 : _taxonomy.IsOptionalSkill(occupation, uri) ? 0.5f : 0;
    }

    private static LanguageFact? Spoken(PackedFacts expert, string code)
    {
        foreach (var language in expert.LanguageFacts)
        {
            if (language.Code == code)
            {
                return language;
            }
        }

        return null;
    }

    /// <summary>Days of the window the expert is available; <paramref name="ranges"/> are (first, last) day-number pairs.</summary>
    private static int AvailableDays(Profiles.DateRange window, ReadOnlySpan<int> ranges)
    {
        // Ranges may overlap each other: clip to the window, sort, and count each day once.
        var count = ranges.Length / 2;
        Span<(int From, int To)> clipped = count <= 16 ? stackalloc (int, int)[count] : new (int, int)[count];
        var n = 0;
        for (var i = 0; i < ranges.Length; i += 2)
        {
            var from = Math.Max(ranges[i], window.From.DayNumber);
            var to = Math.Min(ranges[i + 1], window.To.DayNumber);
            if (from <= to)
            {
                clipped[n++] = (from, to);
            }
        }

        clipped = clipped[..n];
        clipped.Sort((x, y) => x.From.CompareTo(y.From));
        int days = 0, covered = int.MinValue;
        foreach (var (from, to) in clipped)
        {
            var start = Math.Max(from, covered + 1);
            if (to >= start)
            {
                days += to - start + 1;
                covered = to;
            }
        }

        return days;
    }

    private static float ExperienceFit(int? minimum, int? years) => (minimum, years) switch
    {
        (null or <= 0, _) => 1,
        (_, null) => 0.5f,
        var (min, y) => Math.Min(1f, (float)y!.Value / min!.Value),
    };

    private readonly record struct Counts(int RequiredCovered, int RequiredExact, int OptionalCovered, OccupationRelation Occupation, int EssentialSkills, int AvailableDays, bool InRegion, int SharedConcepts);
}
