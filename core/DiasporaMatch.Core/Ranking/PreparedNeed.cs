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
    private readonly ConceptKeys _keys;
    private readonly bool[] _expanded;
    private readonly HierarchyMemo _hierarchy;

    /// <summary>Credit of a held skill for the need's occupation, by concept id; NaN until asked.</summary>
    private readonly float[] _occupationSkill;
    private readonly Dictionary<int, (float Score, OccupationRelation Relation)> _occupation = [];

    public PreparedNeed(NeedFacts need, ITaxonomyView taxonomy, HierarchyMemo? hierarchy = null)
    {
        _need = need;
        _taxonomy = taxonomy;
        _hierarchy = hierarchy ?? new HierarchyMemo(taxonomy);
        _required = need.RequiredSkills.Select(s => s.Uri is null ? 0 : ConceptIds.Of(s.Uri)).ToArray();
        _optional = need.OptionalSkills.Select(s => s.Uri is null ? 0 : ConceptIds.Of(s.Uri)).ToArray();
        _keys = ConceptKeys.Of([], need.Expanded, need.OccupationUri);
        var ids = ConceptIds.Count + 1;
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
    public MatchFeatures Extract(ExpertFacts expert, float textScore, TrackRecord record = default)
    {
        var values = new float[FeatureSchema.Count];
        Measure(expert, textScore, record, values);
        return new MatchFeatures(values, this, expert, record);
    }

    /// <summary>The counts behind the pair's features, as <see cref="Extract"/> measured them.</summary>
    public MatchEvidence Explain(ExpertFacts expert, TrackRecord record)
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
    private Counts Measure(ExpertFacts expert, float textScore, TrackRecord record, float[] values)
    {
        var need = _need;
        var keys = expert.Keys;

        var required = Coverage(need.RequiredSkills, _required, expert, keys);
        values[FeatureSchema.RequiredSkillCoverage] = need.RequiredSkills.Count == 0 ? 1 : required.Credit / need.RequiredSkills.Count;
        values[FeatureSchema.RequiredSkillExact] = need.RequiredSkills.Count == 0 ? 1 : (float)required.Exact / need.RequiredSkills.Count;
        var optional = Coverage(need.OptionalSkills, _optional, expert, keys);
        values[FeatureSchema.OptionalSkillCoverage] = need.OptionalSkills.Count == 0 ? 0 : optional.Credit / need.OptionalSkills.Count;

        var (occupationScore, relation) = Occupation(expert, keys);
        values[FeatureSchema.OccupationMatch] = occupationScore;
        var occupationSkills = OccupationSkills(keys, out var essential);
        values[FeatureSchema.OccupationSkillFit] = Math.Min(1f, occupationSkills / 5f);

        var met = 0;
        for (var i = 0; i < need.RequiredLanguages.Count; i++)
        {
            var wanted = need.RequiredLanguages[i];
            var held = HardFilters.Held(expert, wanted) ?? Spoken(expert, wanted.Code);
            met += held is not null && (wanted.Rank < 0 || held.Rank >= wanted.Rank) ? 1 : 0;
        }

        values[FeatureSchema.LanguageCoverage] = need.RequiredLanguages.Count == 0 ? 1 : (float)met / need.RequiredLanguages.Count;

        var windowDays = need.Window?.Days ?? 0;
        var available = need.Window is null ? 0 : AvailableDays(need.Window, expert);
        values[FeatureSchema.AvailabilityShare] = need.Window is null ? 1 : (float)available / windowDays;
        var duration = Math.Max(1, Math.Min(need.DurationDays ?? windowDays, windowDays));
        values[FeatureSchema.CoversDuration] = need.Window is null ? 1 : Math.Min(1f, (float)available / duration);

        values[FeatureSchema.RemoteFit] = need.OnSite || expert.RemoteOk ? 1 : 0;
        var inRegion = need.Region is not null && Holds(expert.Regions, need.Region);
        values[FeatureSchema.RegionPreference] = need.Region is null || expert.Regions.Count == 0 ? 0.5f : inRegion ? 1 : 0;
        values[FeatureSchema.ExperienceFit] = ExperienceFit(need.MinYears, expert.Years);
        values[FeatureSchema.ExperienceSurplus] = expert.Years is { } years ? Math.Clamp((years - (need.MinYears ?? 0)) / 10f, 0, 1) : 0;
        values[FeatureSchema.SectorMatch] = Holds(expert.Sectors, need.Sector) ? 1 : 0;
        values[FeatureSchema.TextScore] = Math.Clamp(textScore, 0, 1);
        var shared = ConceptKeys.Overlap(_keys.Expanded, keys.Expanded);
        values[FeatureSchema.ConceptOverlap] = need.Expanded.Length == 0 ? 0 : (float)shared / need.Expanded.Length;
        values[FeatureSchema.PastAssignments] = Math.Min(1f, record.Assignments / 3f);
        values[FeatureSchema.PastRating] = record.MeanRating is { } rating ? (float)(rating / 5) : 0;
        values[FeatureSchema.ProfileCompleteness] = Completeness(expert);
        return new Counts(required.Covered, required.Exact, optional.Covered, relation, essential, available, inRegion, shared);
    }

    private static bool Holds(IReadOnlyList<string> values, string wanted)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == wanted)
            {
                return true;
            }
        }

        return false;
    }

    private static float Completeness(ExpertFacts expert)
    {
        var filled = (expert.Skills.Count > 0 ? 1 : 0) + (expert.OccupationTokens.Count > 0 || expert.OccupationUri is not null ? 1 : 0)
            + (expert.Languages.Count > 0 ? 1 : 0) + (expert.Availability.Count > 0 ? 1 : 0) + (expert.Years is null ? 0 : 1)
            + (expert.Regions.Count > 0 ? 1 : 0) + (expert.Sectors.Count > 0 ? 1 : 0);
        return filled / 7f;
    }

    private (float Credit, int Covered, int Exact) Coverage(IReadOnlyList<SkillFact> skills, int[] ids, ExpertFacts expert, ConceptKeys keys)
    {
        float credit = 0;
        int covered = 0, exact = 0;
        for (var i = 0; i < skills.Count; i++)
        {
            var c = SkillCredit(skills[i], ids[i], expert, keys);
            credit += c;
            covered += c > 0 ? 1 : 0;
            exact += c >= 1 ? 1 : 0;
        }

        return (credit, covered, exact);
    }

    /// <summary>Best credit any of the expert's skills gives a needed skill, by concept and, failing that, by wording.</summary>
    private float SkillCredit(SkillFact wanted, int id, ExpertFacts expert, ConceptKeys keys)
    {
        float best = 0;
        if (id != 0)
        {
            if (ConceptKeys.Contains(keys.Skills, id))
            {
                return 1;
            }

            // The taxonomy is asked only when the sets say a relation is possible: the expert holds a narrower
            // concept (the wanted one is among the expert's ancestors) or a broader one (among the need's).
            var narrowerHeld = ConceptKeys.Contains(keys.Expanded, id);
            foreach (var held in keys.Skills)
            {
                if (narrowerHeld || (held < _expanded.Length && _expanded[held]))
                {
                    best = Math.Max(best, HierarchyCredit(id, held));
                }
            }
        }

        // Wording only decides where a concept cannot: one side of the comparison is unresolved.
        if (wanted.Uri is null || keys.AnyUnresolved)
        {
            for (var i = 0; i < expert.Skills.Count && best < 1; i++)
            {
                var held = expert.Skills[i];
                if (wanted.Uri is null || held.Uri is null)
                {
                    best = Math.Max(best, PhraseCredit(wanted.Tokens, held.Tokens));
                }
            }
        }

        return best;
    }

    private float HierarchyCredit(int wanted, int held) => DistanceCredit(_hierarchy.Distance(wanted, held), 0.5f, 0.25f);

    /// <summary>Same words 1; the expert's phrase says more (contains every wanted word) 0.75; says less 0.5.</summary>
    private static float PhraseCredit(IReadOnlyList<string> wanted, IReadOnlyList<string> held)
    {
        if (wanted.Count == 0 || held.Count == 0)
        {
            return 0;
        }

        var heldHasAll = ContainsAll(held, wanted);
        var wantedHasAll = ContainsAll(wanted, held);
        return heldHasAll && wantedHasAll ? 1 : heldHasAll ? 0.75f : wantedHasAll ? 0.5f : 0;
    }

    private static bool SharesAny(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < a.Count; i++)
        {
            if (Holds(b, a[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAll(IReadOnlyList<string> set, IReadOnlyList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var found = false;
            for (var j = 0; j < set.Count && !found; j++)
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

    private (float Score, OccupationRelation Relation) Occupation(ExpertFacts expert, ConceptKeys keys)
    {
        if (_need.OccupationUri is { } wanted && expert.OccupationUri is { } held)
        {
            if (!_occupation.TryGetValue(keys.Occupation, out var byConcept))
            {
                byConcept = OccupationByConcept(wanted, held);
                _occupation[keys.Occupation] = byConcept;
            }

            if (byConcept.Relation != OccupationRelation.None)
            {
                return byConcept;
            }
        }

        var words = PhraseCredit(_need.OccupationTokens, expert.OccupationTokens);
        return words >= 1 ? (1, OccupationRelation.Same)
            : words > 0 ? (words * 0.7f, OccupationRelation.SimilarWording)
            : SharesAny(_need.OccupationTokens, expert.OccupationTokens) ? (0.2f, OccupationRelation.SimilarWording)
            : (0, OccupationRelation.None);
    }

    /// <summary>Same concept, related in the hierarchy, or in the same ISCO group; None sends the caller to the wording.</summary>
    private (float Score, OccupationRelation Relation) OccupationByConcept(string wanted, string held)
    {
        if (wanted == held)
        {
            return (1, OccupationRelation.Same);
        }

        var byHierarchy = DistanceCredit(_hierarchy.Distance(ConceptIds.Of(wanted), ConceptIds.Of(held)), 0.7f, 0.4f);
        var a = _taxonomy.IscoCode(wanted);
        var b = _taxonomy.IscoCode(held);
        var byIsco = a is { Length: >= 4 } && b is { Length: >= 4 }
            ? a[..4] == b[..4] ? 0.5f : a[..3] == b[..3] ? 0.25f : 0
            : 0;
        if (byHierarchy > 0 && byHierarchy >= byIsco)
        {
            return (byHierarchy, OccupationRelation.Related);
        }

        return byIsco > 0 ? (byIsco, OccupationRelation.SameIscoGroup) : (0, OccupationRelation.None);
    }

    private float OccupationSkills(ConceptKeys keys, out int essential)
    {
        essential = 0;
        if (_need.OccupationUri is not { } occupation)
        {
            return 0;
        }

        float fit = 0;
        for (var i = 0; i < keys.Skills.Length; i++)
        {
            var held = keys.Skills[i];
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

    private static LanguageFact? Spoken(ExpertFacts expert, string code)
    {
        for (var i = 0; i < expert.Languages.Count; i++)
        {
            if (expert.Languages[i].Code == code)
            {
                return expert.Languages[i];
            }
        }

        return null;
    }

    private static int AvailableDays(Profiles.DateRange window, ExpertFacts expert)
    {
        // Ranges may overlap each other: clip to the window, sort, and count each day once.
        var ranges = expert.Availability;
        Span<(int From, int To)> clipped = ranges.Count <= 16 ? stackalloc (int, int)[ranges.Count] : new (int, int)[ranges.Count];
        var n = 0;
        for (var i = 0; i < ranges.Count; i++)
        {
            var r = ranges[i];
            var from = Math.Max(r.From.DayNumber, window.From.DayNumber);
            var to = Math.Min(r.To.DayNumber, window.To.DayNumber);
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

    private static float DistanceCredit(int? distance, float one, float two) => distance switch
    {
        0 => 1,
        1 => one,
        2 => two,
        _ => 0,
    };

    private readonly record struct Counts(int RequiredCovered, int RequiredExact, int OptionalCovered, OccupationRelation Occupation, int EssentialSkills, int AvailableDays, bool InRegion, int SharedConcepts);
}
