using DiasporaMatch.Needs;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.Bench;

/// <summary>
/// Seeded synthetic profiles and needs. Each record comes from its own seed, so any slice can be generated
/// without holding the corpus in memory. Skill popularity is skewed (a few concepts are common, most rare).
/// </summary>
internal sealed class SyntheticCorpus(SyntheticTaxonomy taxonomy, int seed)
{
    private static readonly string[] LanguageCodes = ["fr", "ar", "en", "nl", "es", "de", "it"];
    private static readonly string[] Levels = ["A2", "B1", "B2", "C1", "C2", "native"];
    private static readonly string[] Sectors = ["health", "education", "ict", "engineering", "business", "finance", "public-services", "hospitality", "tourism", "trade", "agri-food", "water", "energy", "construction", "manufacturing", "transport", "culture", "services"];
    private static readonly DateOnly Start = new(2027, 1, 1);

    public ExpertProfile Profile(int n)
    {
        var r = new Random(Mix(seed, n, 1));
        var skills = Enumerable.Range(0, r.Next(5, 21)).Select(_ => taxonomy.Labels[SkewedSkill(r)]).Distinct().ToArray();
        var occupation = taxonomy.Labels[SyntheticTaxonomy.Skills + r.Next(SyntheticTaxonomy.Occupations)];
        var languages = LanguageCodes.OrderBy(_ => r.Next()).Take(r.Next(1, 4))
            .Select(code => new LanguageSkill(code, Levels[r.Next(Levels.Length)])).ToList();
        if (r.NextDouble() < 0.8 && languages.All(l => l.Code != "fr"))
        {
            languages.Add(new LanguageSkill("fr", Levels[r.Next(1, Levels.Length)]));
        }

        return new ExpertProfile
        {
            Id = $"E-{n:D7}",
            FullName = "Expert " + n,
            CountryOfResidence = "NL",
            OriginCountry = "MA",
            Languages = languages,
            Occupation = occupation,
            Headline = $"{occupation} with {skills[0]}",
            Summary = string.Join(' ', Enumerable.Range(0, r.Next(15, 40)).Select(_ => Word(r))),
            Skills = skills,
            YearsExperience = r.Next(0, 31),
            Sectors = Sectors.OrderBy(_ => r.Next()).Take(r.Next(1, 3)).ToArray(),
            Availability = Enumerable.Range(0, r.Next(0, 4)).Select(_ => Range(r, 10, 90)).ToArray(),
            PreferredRegions = Enumerable.Range(0, r.Next(0, 3)).Select(_ => $"MA-{r.Next(1, 13):D2}").Distinct().ToArray(),
            RemoteOk = r.NextDouble() < 0.5,
            Consent = new Consent(r.NextDouble() < 0.95, "2026-01", DateTimeOffset.UnixEpoch),
        };
    }

    public Need Need(int n)
    {
        var r = new Random(Mix(seed, n, 2));
        var required = Enumerable.Range(0, r.Next(2, 6)).Select(_ => taxonomy.Labels[SkewedSkill(r)]).Distinct().ToArray();
        return new Need
        {
            Id = $"N-{n:D6}",
            OrganisationId = "ORG-1",
            Title = $"Support for {required[0]}",
            Description = string.Join(' ', Enumerable.Range(0, r.Next(10, 30)).Select(_ => Word(r))),
            Country = "MA",
            Region = $"MA-{r.Next(1, 13):D2}",
            Sector = Sectors[r.Next(Sectors.Length)],
            Occupation = taxonomy.Labels[SyntheticTaxonomy.Skills + r.Next(SyntheticTaxonomy.Occupations)],
            RequiredSkills = required,
            OptionalSkills = Enumerable.Range(0, r.Next(0, 5)).Select(_ => taxonomy.Labels[SkewedSkill(r)]).Distinct().ToArray(),
            RequiredLanguages = [new LanguageSkill("fr", Levels[r.Next(0, 3)])],
            MinYearsExperience = r.Next(0, 11),
            Window = Range(r, 30, 120),
            DurationDays = r.Next(14, 45),
            OnSite = r.NextDouble() < 0.8,
        };
    }

    /// <summary>
    /// The seed of record n of a kind: the same in every run, so runs compare on one corpus (HashCode.Combine is
    /// salted per process and made each run's corpus another).
    /// </summary>
    private static int Mix(int seed, int n, int kind) => unchecked((seed * 1_000_003) + (n * 31) + kind);

    /// <summary>Free-text words follow a Zipf-like curve (cubed uniform), as natural language does.</summary>
    private string Word(Random r)
    {
        var u = r.NextDouble();
        return taxonomy.Words[(int)(u * u * u * taxonomy.Words.Length)];
    }

    /// <summary>Squared uniform: concept 0 is the most popular, the long tail is rare.</summary>
    private static int SkewedSkill(Random r)
    {
        var u = r.NextDouble();
        return (int)(u * u * SyntheticTaxonomy.Skills);
    }

    private static DateRange Range(Random r, int minDays, int maxDays)
    {
        var from = Start.AddDays(r.Next(0, 300));
        return new DateRange(from, from.AddDays(r.Next(minDays, maxDays)));
    }
}
