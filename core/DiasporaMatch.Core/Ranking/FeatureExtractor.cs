using DiasporaMatch.Normalisation;
using DiasporaMatch.Search;

namespace DiasporaMatch.Ranking;

/// <summary>
/// The one place a (need, expert) pair becomes features: the baseline weighs them, reasons are written from
/// them, and a learned ranker trains on exactly the same vector.
/// </summary>
public sealed class FeatureExtractor(ITaxonomyView taxonomy)
{
    /// <summary>The pair's features; <paramref name="record"/> is the expert's track record as of the need (none when unknown).</summary>
    public MatchFeatures Extract(NeedFacts need, ExpertFacts expert, float textScore, TrackRecord record = default)
    {
        var values = new float[FeatureSchema.Count];

        var required = Coverage(need.RequiredSkills, need, expert);
        values[FeatureSchema.RequiredSkillCoverage] = need.RequiredSkills.Count == 0 ? 1 : required.Credit / need.RequiredSkills.Count;
        values[FeatureSchema.RequiredSkillExact] = need.RequiredSkills.Count == 0 ? 1 : (float)required.Exact / need.RequiredSkills.Count;
        var optional = Coverage(need.OptionalSkills, need, expert);
        values[FeatureSchema.OptionalSkillCoverage] = need.OptionalSkills.Count == 0 ? 0 : optional.Credit / need.OptionalSkills.Count;

        var (occupationScore, relation) = Occupation(need, expert);
        values[FeatureSchema.OccupationMatch] = occupationScore;
        var occupationSkills = OccupationSkills(need, expert, out var essential);
        values[FeatureSchema.OccupationSkillFit] = Math.Min(1f, occupationSkills / 5f);

        var languages = need.RequiredLanguages.Select(r => new LanguageEvidence(r, HardFilters.Held(expert, r) ?? Spoken(expert, r.Code))).ToList();
        var met = languages.Count(l => l.Held is { } held && (l.Required.Rank < 0 || held.Rank >= l.Required.Rank));
        values[FeatureSchema.LanguageCoverage] = languages.Count == 0 ? 1 : (float)met / languages.Count;

        var windowDays = need.Window?.Days ?? 0;
        var available = need.Window is null ? 0 : AvailableDays(need, expert);
        values[FeatureSchema.AvailabilityShare] = need.Window is null ? 1 : (float)available / windowDays;
        var duration = Math.Max(1, Math.Min(need.DurationDays ?? windowDays, windowDays));
        values[FeatureSchema.CoversDuration] = need.Window is null ? 1 : Math.Min(1f, (float)available / duration);

        values[FeatureSchema.RemoteFit] = need.OnSite || expert.RemoteOk ? 1 : 0;
        values[FeatureSchema.RegionPreference] = need.Region is null || expert.Regions.Count == 0 ? 0.5f : expert.Regions.Contains(need.Region) ? 1 : 0;
        values[FeatureSchema.ExperienceFit] = ExperienceFit(need.MinYears, expert.Years);
        values[FeatureSchema.ExperienceSurplus] = expert.Years is { } years ? Math.Clamp((years - (need.MinYears ?? 0)) / 10f, 0, 1) : 0;
        values[FeatureSchema.SectorMatch] = expert.Sectors.Contains(need.Sector) ? 1 : 0;
        values[FeatureSchema.TextScore] = Math.Clamp(textScore, 0, 1);
        var shared = SortedOverlap(need.Expanded, expert.Expanded);
        values[FeatureSchema.ConceptOverlap] = need.Expanded.Length == 0 ? 0 : (float)shared / need.Expanded.Length;
        values[FeatureSchema.PastAssignments] = Math.Min(1f, record.Assignments / 3f);
        values[FeatureSchema.PastRating] = record.MeanRating is { } rating ? (float)(rating / 5) : 0;
        var completeness = Completeness(expert);
        values[FeatureSchema.ProfileCompleteness] = completeness;

        var evidence = new MatchEvidence
        {
            RequiredTotal = need.RequiredSkills.Count,
            RequiredCovered = required.Covered,
            RequiredRelated = required.Covered - required.Exact,
            OptionalTotal = need.OptionalSkills.Count,
            OptionalCovered = optional.Covered,
            Occupation = relation,
            OccupationSkills = essential,
            Languages = languages,
            WindowDays = windowDays,
            AvailableDays = available,
            Years = expert.Years,
            MinYears = need.MinYears,
            Region = values[FeatureSchema.RegionPreference] >= 1 ? need.Region : null,
            Sector = need.Sector,
            RemoteNeed = !need.OnSite,
            SharedConcepts = shared,
            PastAssignments = record.Assignments,
            MeanRating = record.MeanRating,
            Completeness = completeness,
        };
        return new MatchFeatures(values, evidence);
    }

    private static float Completeness(ExpertFacts expert)
    {
        var filled = (expert.Skills.Count > 0 ? 1 : 0) + (expert.OccupationTokens.Count > 0 || expert.OccupationUri is not null ? 1 : 0)
            + (expert.Languages.Count > 0 ? 1 : 0) + (expert.Availability.Count > 0 ? 1 : 0) + (expert.Years is null ? 0 : 1)
            + (expert.Regions.Count > 0 ? 1 : 0) + (expert.Sectors.Count > 0 ? 1 : 0);
        return filled / 7f;
    }

    private (float Credit, int Covered, int Exact) Coverage(IReadOnlyList<SkillFact> skills, NeedFacts need, ExpertFacts expert)
    {
        float credit = 0;
        int covered = 0, exact = 0;
        foreach (var skill in skills)
        {
            var c = SkillCredit(skill, need, expert);
            credit += c;
            covered += c > 0 ? 1 : 0;
            exact += c >= 1 ? 1 : 0;
        }

        return (credit, covered, exact);
    }

    /// <summary>Best credit any of the expert's skills gives a needed skill, by concept and, failing that, by wording.</summary>
    private float SkillCredit(SkillFact wanted, NeedFacts need, ExpertFacts expert)
    {
        float best = 0;
        if (wanted.Uri is { } uri)
        {
            if (Contains(expert.SkillUris, uri))
            {
                return 1;
            }

            // The taxonomy is asked only when the sets say a relation is possible: the expert holds a narrower
            // concept (the wanted one is among the expert's ancestors) or a broader one (among the need's).
            var narrowerHeld = Contains(expert.Expanded, uri);
            foreach (var held in expert.SkillUris)
            {
                if (narrowerHeld || need.ExpandedSet.Contains(held))
                {
                    best = Math.Max(best, DistanceCredit(taxonomy.HierarchyDistance(uri, held, 2), 0.5f, 0.25f));
                }
            }
        }

        // Wording only decides where a concept cannot: one side of the comparison is unresolved.
        foreach (var held in expert.Skills)
        {
            if (best < 1 && (wanted.Uri is null || held.Uri is null))
            {
                best = Math.Max(best, PhraseCredit(wanted.Tokens, held.Tokens));
            }
        }

        return best;
    }

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

    private (float Score, OccupationRelation Relation) Occupation(NeedFacts need, ExpertFacts expert)
    {
        if (need.OccupationUri is { } wanted && expert.OccupationUri is { } held)
        {
            if (wanted == held)
            {
                return (1, OccupationRelation.Same);
            }

            var byHierarchy = DistanceCredit(taxonomy.HierarchyDistance(wanted, held, 2), 0.7f, 0.4f);
            var a = taxonomy.IscoCode(wanted);
            var b = taxonomy.IscoCode(held);
            var byIsco = a is { Length: >= 4 } && b is { Length: >= 4 }
                ? a[..4] == b[..4] ? 0.5f : a[..3] == b[..3] ? 0.25f : 0
                : 0;
            if (byHierarchy > 0 && byHierarchy >= byIsco)
            {
                return (byHierarchy, OccupationRelation.Related);
            }

            if (byIsco > 0)
            {
                return (byIsco, OccupationRelation.SameIscoGroup);
            }
        }

        var words = PhraseCredit(need.OccupationTokens, expert.OccupationTokens);
        return words >= 1 ? (1, OccupationRelation.Same)
            : words > 0 ? (words * 0.7f, OccupationRelation.SimilarWording)
            : need.OccupationTokens.Any(expert.OccupationTokens.Contains) ? (0.2f, OccupationRelation.SimilarWording)
            : (0, OccupationRelation.None);
    }

    private float OccupationSkills(NeedFacts need, ExpertFacts expert, out int essential)
    {
        essential = 0;
        if (need.OccupationUri is not { } occupation)
        {
            return 0;
        }

        float fit = 0;
        foreach (var skill in expert.SkillUris)
        {
            if (taxonomy.IsEssentialSkill(occupation, skill))
            {
                essential++;
                fit += 1;
            }
            else if (taxonomy.IsOptionalSkill(occupation, skill))
            {
                fit += 0.5f;
            }
        }

        return fit;
    }

    private static LanguageFact? Spoken(ExpertFacts expert, string code) => expert.Languages.FirstOrDefault(l => l.Code == code);

    private static int AvailableDays(NeedFacts need, ExpertFacts expert)
    {
        // Ranges may overlap each other: clip to the window, sort, and count each day once.
        var window = need.Window!;
        var clipped = expert.Availability
            .Select(r => (From: Math.Max(r.From.DayNumber, window.From.DayNumber), To: Math.Min(r.To.DayNumber, window.To.DayNumber)))
            .Where(r => r.From <= r.To)
            .OrderBy(r => r.From)
            .ToList();
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

    private static bool Contains(string[] sorted, string value) => Array.BinarySearch(sorted, value, StringComparer.Ordinal) >= 0;

    private static int SortedOverlap(string[] a, string[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var c = string.CompareOrdinal(a[i], b[j]);
            if (c == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
