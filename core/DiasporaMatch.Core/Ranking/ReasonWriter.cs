using System.Globalization;

namespace DiasporaMatch.Ranking;

/// <summary>
/// Turns a pair's features into reasons (stable codes with arguments, worded by <see cref="ReasonCatalogue"/>),
/// strongest contribution first (baseline weight × value), so the reasons say why this expert ranks where it
/// does, after the required-skill coverage, which always leads. Shortfalls that matter (missing languages, too few years) come after the strengths;
/// an expert listed last for far too little experience (<see cref="Eligibility"/>) has that reason first.
/// </summary>
public static class ReasonWriter
{
    public const int MaxReasons = 4;

    /// <summary>The reasons in English, as the CLI and logs show them.</summary>
    public static IReadOnlyList<string> Write(MatchFeatures features, int max = MaxReasons) =>
        ReasonCatalogue.Bundled.Render(Explain(features, max), ReasonCatalogue.DefaultLanguage);

    /// <inheritdoc cref="Explain(MatchFeatures, IReadOnlyList{float}, int)"/>
    public static IReadOnlyList<string> Write(MatchFeatures features, IReadOnlyList<float> contributions, int max = MaxReasons) =>
        ReasonCatalogue.Bundled.Render(Explain(features, contributions, max), ReasonCatalogue.DefaultLanguage);

    public static IReadOnlyList<Reason> Explain(MatchFeatures features, int max = MaxReasons) =>
        Explain(features, Enumerable.Range(0, FeatureSchema.Count).Select(i => BaselineRanker.Weights[i] * features.Values[i]).ToArray(), max);

    /// <summary>
    /// Reasons ordered by each feature's contribution to the score: a learned model's feature contributions
    /// (one per feature, in <see cref="FeatureSchema"/> order; a shorter array covers the first features).
    /// </summary>
    public static IReadOnlyList<Reason> Explain(MatchFeatures features, IReadOnlyList<float> contributions, int max = MaxReasons)
    {
        var e = features.Evidence;
        var v = features.Values;

        // Skill coverage is what a reader checks first, so it leads whatever its contribution; it also states the
        // shortfall ("covers 2 of 3"), so no separate "lacks 1 of 3" repeats it.
        var coverage = Coverage(e);
        var reasons = Enumerable.Range(0, Math.Min(FeatureSchema.Count, contributions.Count))
            .Select(i => (Feature: i, Contribution: contributions[i]))
            .Where(x => x.Contribution > 0 && x.Feature is not (FeatureSchema.RequiredSkillCoverage or FeatureSchema.RequiredSkillExact))
            .OrderByDescending(x => x.Contribution)
            .SelectMany(x => Strengths(x.Feature, e, v))
            .DistinctBy(r => r.Key)
            .ToList();
        if (reasons.Any(r => r.Code == "availability.whole"))
        {
            // "available for the whole assignment" already says 100% of it.
            reasons.RemoveAll(r => r.Code == "availability.share");
        }

        reasons = [.. reasons.Take(coverage is null ? max : max - 1)];
        if (coverage is not null)
        {
            reasons.Insert(0, coverage);
        }

        if (e is { MinYears: { } minimum, Years: { } held } && !Eligibility.MeetsExperience(minimum, held))
        {
            // Why it is listed last comes first.
            reasons.Insert(0, Reason.Of("eligibility.experience", ("years", held), ("required", minimum), ("tolerance", Eligibility.ExperienceTolerance)));
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

    private static IEnumerable<Reason> Strengths(int feature, MatchEvidence e, float[] v)
    {
        switch (feature)
        {
            case FeatureSchema.OptionalSkillCoverage when e.OptionalCovered > 0:
                yield return Reason.Of("skills.optional", ("covered", e.OptionalCovered), ("total", e.OptionalTotal));
                break;
            case FeatureSchema.OccupationMatch when Occupation(e.Occupation) is { } code:
                yield return Reason.Of(code);
                break;
            case FeatureSchema.OccupationSkillFit when e.OccupationSkills > 0:
                yield return Reason.Of("occupation.essentialSkills", ("count", e.OccupationSkills));
                break;
            case FeatureSchema.LanguageCoverage:
                foreach (var language in e.Languages.Where(Meets))
                {
                    yield return Spoken(language);
                }

                break;
            case FeatureSchema.AvailabilityShare when e.WindowDays > 0:
                yield return Reason.Of("availability.share", ("percent", Percent(v[FeatureSchema.AvailabilityShare])));
                break;
            case FeatureSchema.CoversDuration when e.WindowDays > 0 && v[FeatureSchema.CoversDuration] >= 1:
                yield return Reason.Of("availability.whole");
                break;
            case FeatureSchema.RemoteFit when e.RemoteNeed:
                yield return Reason.Of("remote.open");
                break;
            case FeatureSchema.RegionPreference when e.Region is not null:
                yield return Reason.Of("region.prefers", ("region", e.Region));
                break;
            case FeatureSchema.ExperienceFit or FeatureSchema.ExperienceSurplus when e.Years is { } years && years >= (e.MinYears ?? 0):
                yield return e.MinYears is > 0
                    ? Reason.Of("experience.yearsRequired", ("years", years), ("required", e.MinYears.Value))
                    : Reason.Of("experience.years", ("years", years));
                break;
            case FeatureSchema.SectorMatch:
                yield return Reason.Of("sector.same", ("sector", e.Sector));
                break;
            case FeatureSchema.TextScore when v[FeatureSchema.TextScore] >= 0.5f:
                yield return Reason.Of("text.close");
                break;
            case FeatureSchema.ConceptOverlap when e.SharedConcepts > 0:
                yield return Reason.Of("concepts.shared", ("count", e.SharedConcepts));
                break;
            case FeatureSchema.PastAssignments when e.PastAssignments > 0:
                yield return Reason.Of("history.assignments", ("count", e.PastAssignments));
                break;
            case FeatureSchema.PastRating when e.MeanRating is { } rating:
                yield return Reason.Of("history.rating", ("rating", rating.ToString("0.0", CultureInfo.InvariantCulture)));
                break;
            case FeatureSchema.ProfileCompleteness when e.Completeness > 0:
                yield return Reason.Of("profile.completeness", ("percent", Percent(e.Completeness)));
                break;
        }
    }

    private static string? Occupation(OccupationRelation relation) => relation switch
    {
        OccupationRelation.Same => "occupation.same",
        OccupationRelation.Related => "occupation.related",
        OccupationRelation.SameIscoGroup => "occupation.iscoGroup",
        OccupationRelation.SimilarWording => "occupation.similar",
        _ => null,
    };

    /// <summary>How many required skills the expert covers; "lacks all" when none; null when the need requires none.</summary>
    private static Reason? Coverage(MatchEvidence e) => e switch
    {
        { RequiredTotal: 0 } => null,
        { RequiredCovered: 0 } => Reason.Of("skills.lacks", ("missing", e.RequiredTotal), ("total", e.RequiredTotal)),
        { RequiredRelated: > 0 } => Reason.Of("skills.coversRelated", ("covered", e.RequiredCovered), ("total", e.RequiredTotal), ("related", e.RequiredRelated)),
        _ => Reason.Of("skills.covers", ("covered", e.RequiredCovered), ("total", e.RequiredTotal)),
    };

    private static IEnumerable<Reason> Caveats(MatchEvidence e)
    {
        foreach (var language in e.Languages.Where(l => !Meets(l)))
        {
            var required = language.Required.Level ?? "";
            yield return language.Held switch
            {
                { Level: { } level } => Reason.Of("language.below", ("language", language.Required.Code), ("level", level), ("required", required)),
                not null => Reason.Of("language.levelUnknown", ("language", language.Required.Code), ("required", required)),
                null => Reason.Of("language.missing", ("language", language.Required.Code)),
            };
        }

        if (e.Years is { } years && e.MinYears is { } min && years < min && Eligibility.MeetsExperience(min, years))
        {
            yield return Reason.Of("experience.below", ("years", years), ("required", min));
        }
    }

    private static bool Meets(LanguageEvidence l) => l.Held is { } held && (l.Required.Rank < 0 || held.Rank >= l.Required.Rank);

    private static Reason Spoken(LanguageEvidence l) => (l.Held!.Level, l.Required.Level) switch
    {
        (null, null) => Reason.Of("language.speaks", ("language", l.Held.Code)),
        ({ } level, null) => Reason.Of("language.speaksLevel", ("language", l.Held.Code), ("level", level)),
        (null, { } required) => Reason.Of("language.meetsRequired", ("language", l.Held.Code), ("required", required)),
        ({ } level, { } required) => Reason.Of("language.meetsLevel", ("language", l.Held.Code), ("level", level), ("required", required)),
    };

    private static string Percent(float share) => Math.Round(share * 100).ToString("0", CultureInfo.InvariantCulture);
}
