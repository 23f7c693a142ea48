using System.Collections.Concurrent;
using System.Globalization;

namespace DiasporaMatch.Ranking;

/// <summary>
/// Turns a pair's features into plain sentences, strongest contribution first (baseline weight × value), so the
/// reasons say why this expert ranks where it does. Shortfalls that matter (missing required skills or
/// languages, too few years) come after the strengths; an expert listed last for far too little experience
/// (<see cref="Eligibility"/>) has that reason first.
/// </summary>
public static class ReasonWriter
{
    public const int MaxReasons = 4;

    public static IReadOnlyList<string> Write(MatchFeatures features, int max = MaxReasons) =>
        Write(features, Enumerable.Range(0, FeatureSchema.Count).Select(i => BaselineRanker.Weights[i] * features.Values[i]).ToArray(), max);

    /// <summary>
    /// Reasons ordered by each feature's contribution to the score: a learned model's feature contributions
    /// (one per feature, in <see cref="FeatureSchema"/> order; a shorter array covers the first features).
    /// </summary>
    public static IReadOnlyList<string> Write(MatchFeatures features, IReadOnlyList<float> contributions, int max = MaxReasons)
    {
        var e = features.Evidence;
        var v = features.Values;
        var strengths = Enumerable.Range(0, Math.Min(FeatureSchema.Count, contributions.Count))
            .Select(i => (Feature: i, Contribution: contributions[i]))
            .Where(x => x.Contribution > 0)
            .OrderByDescending(x => x.Contribution)
            .Select(x => Strength(x.Feature, e, v))
            .OfType<string>()
            .Distinct();
        var reasons = strengths.Take(max).ToList();
        if (e is { MinYears: { } minimum, Years: { } held } && !Eligibility.MeetsExperience(minimum, held))
        {
            reasons.Insert(0, Eligibility.Reason(minimum, held)); // why it is listed last comes first
        }

        foreach (var caveat in Caveats(e))
        {
            if (reasons.Count >= max + 1)
            {
                break;
            }

            reasons.Add(caveat);
        }

        return reasons;
    }

    private static string? Strength(int feature, MatchEvidence e, float[] v) => feature switch
    {
        FeatureSchema.RequiredSkillCoverage or FeatureSchema.RequiredSkillExact when e.RequiredTotal > 0 && e.RequiredCovered > 0 =>
            $"covers {e.RequiredCovered} of {e.RequiredTotal} required skills"
            + (e.RequiredRelated > 0 ? $" ({e.RequiredRelated} through a closely related skill)" : ""),
        FeatureSchema.OptionalSkillCoverage when e.OptionalCovered > 0 => $"also has {e.OptionalCovered} of {e.OptionalTotal} optional skills",
        FeatureSchema.OccupationMatch => e.Occupation switch
        {
            OccupationRelation.Same => "works in the same occupation",
            OccupationRelation.Related => "works in a closely related occupation",
            OccupationRelation.SameIscoGroup => "works in an occupation of the same ISCO group",
            OccupationRelation.SimilarWording => "describes a similar occupation",
            _ => null,
        },
        FeatureSchema.OccupationSkillFit when e.OccupationSkills > 0 => $"has {Count(e.OccupationSkills, "skill")} essential to the occupation",
        FeatureSchema.LanguageCoverage when e.Languages.Count > 0 && e.Languages.Any(l => Meets(l)) =>
            "speaks " + string.Join(" and ", e.Languages.Where(Meets).Select(Spoken)),
        FeatureSchema.AvailabilityShare when e.WindowDays > 0 => $"available for {Percent(v[FeatureSchema.AvailabilityShare])} of the window",
        FeatureSchema.CoversDuration when e.WindowDays > 0 && v[FeatureSchema.CoversDuration] >= 1 => "available for the whole assignment",
        FeatureSchema.RemoteFit when e.RemoteNeed => "open to remote work",
        FeatureSchema.RegionPreference when e.Region is not null => $"prefers to work in {e.Region}",
        FeatureSchema.ExperienceFit or FeatureSchema.ExperienceSurplus when e.Years is { } years && years >= (e.MinYears ?? 0) =>
            $"has {Count(years, "year")} of experience" + (e.MinYears is > 0 ? $" ({e.MinYears} required)" : ""),
        FeatureSchema.SectorMatch => $"works in the {e.Sector} sector",
        FeatureSchema.TextScore when v[FeatureSchema.TextScore] >= 0.5f => "profile wording closely matches the need",
        FeatureSchema.ConceptOverlap when e.SharedConcepts > 0 => $"shares {Count(e.SharedConcepts, "skill concept")} with the need",
        FeatureSchema.PastAssignments when e.PastAssignments > 0 => $"completed or was approved for {Count(e.PastAssignments, "earlier assignment")}",
        FeatureSchema.PastRating when e.MeanRating is { } rating => $"earlier assignments rated {rating.ToString("0.0", CultureInfo.InvariantCulture)} of 5 on average",
        FeatureSchema.ProfileCompleteness when e.Completeness > 0 => $"profile is {Percent(e.Completeness)} complete",
        _ => null,
    };

    private static IEnumerable<string> Caveats(MatchEvidence e)
    {
        if (e.RequiredTotal > 0 && e.RequiredCovered < e.RequiredTotal)
        {
            yield return $"lacks {e.RequiredTotal - e.RequiredCovered} of {e.RequiredTotal} required skills";
        }

        foreach (var language in e.Languages.Where(l => !Meets(l)))
        {
            yield return language.Held is { } held
                ? $"speaks {LanguageName(held.Code)} {held.Level ?? "(level not stated)"} ({language.Required.Level} required)"
                : $"does not speak {LanguageName(language.Required.Code)}";
        }

        if (e.Years is { } years && e.MinYears is { } min && years < min && Eligibility.MeetsExperience(min, years))
        {
            yield return $"has {Count(years, "year")} of experience ({min} required)";
        }
    }

    private static bool Meets(LanguageEvidence l) => l.Held is { } held && (l.Required.Rank < 0 || held.Rank >= l.Required.Rank);

    private static string Spoken(LanguageEvidence l)
    {
        var name = LanguageName(l.Held!.Code);
        var held = l.Held.Level is null ? name : $"{name} {l.Held.Level}";
        return l.Required.Level is null ? held : $"{held} ({l.Required.Level} required)";
    }

    /// <summary>English name of an ISO 639-1 code ("fr" → French), the code itself when the platform does not know it.</summary>
    public static string LanguageName(string code) =>
        LanguageNames.TryGetValue(code, out var name) ? name
        : LanguageNames.Count < 1_000 ? LanguageNames.GetOrAdd(code, NameOf) // codes are ISO 639-1: the bound is never reached by valid data
        : NameOf(code);

    // The culture lookup takes a process-wide lock: under load every ranking's reasons queued on it.
    private static readonly ConcurrentDictionary<string, string> LanguageNames = new(StringComparer.Ordinal);

    private static string NameOf(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.ThreeLetterISOLanguageName is "ivl" || culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) ? code : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    private static string Percent(float share) => Math.Round(share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
