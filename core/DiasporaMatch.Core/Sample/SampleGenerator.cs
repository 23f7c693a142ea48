using System.Globalization;
using System.Text;
using DiasporaMatch.Decisions;
using DiasporaMatch.Needs;
using DiasporaMatch.Opportunities;
using DiasporaMatch.Organisations;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.Sample;

/// <summary>
/// Generates a realistic, seeded programme: multilingual experts with the noise of real data (typos, mixed
/// languages, missing fields), institutions, needs, opportunities and dated staff decisions. Decisions follow a
/// hidden fit (skills, languages, availability, region, experience) that staff weigh differently from the
/// baseline ranker, so a learned model has something real to learn. Same seed, same data.
/// </summary>
public sealed class SampleGenerator(SampleVocabulary vocabulary, SampleOptions options)
{
    private static readonly string[] InvestSectors = ["agri-food", "tourism", "energy", "ict", "manufacturing", "trade", "water", "hospitality"];
    private static readonly string[] Stages = ["idea", "create", "expand", "partner"];

    private readonly Random _random = new(options.Seed);

    // Support wanted is drawn from a stream of its own, so adding it left every other generated value as it was.
    private readonly Random _support = new(unchecked((options.Seed * 37) + 29));
    private readonly Dictionary<string, Truth> _truth = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NeedTruth> _needs = new(StringComparer.Ordinal);
    private bool _keepTruth;

    public SampleData Generate()
    {
        _keepTruth = true;
        var organisations = Enumerable.Range(1, options.Organisations).Select(NewOrganisation).ToList();
        var profiles = GenerateProfiles(options.Experts).ToList();
        var needs = Enumerable.Range(1, options.Needs).Select(i => NewNeed(i, Pick(organisations.Where(o => o.Type != "investment-centre").ToList()))).ToList();
        var centres = organisations.Where(o => o.Type == "investment-centre").ToList();
        var opportunities = Enumerable.Range(1, options.Opportunities).Select(i => NewOpportunity(i, Pick(centres))).ToList();
        var decisions = NewDecisions(needs, profiles);
        return new SampleData(organisations, profiles, needs, opportunities, decisions)
        {
            InvestmentDecisions = new InvestmentDecisions(options).Generate(profiles, opportunities),
        };
    }

    /// <summary>Profiles only, streamed: benchmarks generate 100k or 1M without holding them.</summary>
    public IEnumerable<ExpertProfile> GenerateProfiles(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            yield return NewProfile(i);
        }
    }

    private Organisation NewOrganisation(int i)
    {
        var (region, cities) = Pick(SamplePlaces.Morocco);
        var city = Pick(cities);
        var (type, name) = (i % 5) switch
        {
            0 => ("investment-centre", $"Centre régional d'investissement de {city}"),
            1 => ("health", Pick([$"Centre hospitalier de {city}", $"Hôpital provincial de {city}", $"Clinique mutualiste de {city}"])),
            2 => ("university", Pick([$"Université de {city}", $"École nationale des sciences appliquées de {city}", $"Institut de technologie de {city}"])),
            3 => ("public", Pick([$"Commune de {city}", $"Agence régionale de l'eau de {city}", $"Direction régionale de l'agriculture de {city}"])),
            _ => Pick<(string, string)>([("ngo", $"Association Tanmia {city}"), ("private", $"Atlas Solutions {city}"), ("ngo", $"Coopérative Tifawin {city}")]),
        };
        return new Organisation { Id = $"ORG-{i:D3}", Name = name, Type = type, Country = "MA", Region = region };
    }

    private ExpertProfile NewProfile(int i)
    {
        var residence = Pick(SamplePlaces.Residences);
        var occupation = Pick(vocabulary.Occupations);
        var female = _random.NextDouble() < 0.5;
        var given = SampleNames.Given[(_random.Next(SampleNames.Given.Length / 2) * 2) + (female ? 0 : 1)];
        var family = Pick(SampleNames.Family);
        var skillUris = occupation.EssentialSkills.OrderBy(_ => _random.Next()).Take(_random.Next(2, 6))
            .Concat(occupation.OptionalSkills.OrderBy(_ => _random.Next()).Take(_random.Next(0, 3)))
            .Where(vocabulary.SkillsByUri.ContainsKey)
            .Distinct()
            .ToList();
        var languages = SpokenLanguages(residence.Language);
        var years = _random.Next(1, 31);
        var id = $"E-{i:D6}";
        var regions = Enumerable.Range(0, _random.Next(0, 3)).Select(_ => Pick(SamplePlaces.Morocco).Region).Distinct().ToList();
        if (_keepTruth)
        {
            _truth[id] = new Truth(occupation.Uri, skillUris, regions, years);
        }

        var writes = residence.Writes;
        return new ExpertProfile
        {
            Id = id,
            FullName = $"{given} {family}",
            Email = _random.NextDouble() < 0.9 ? $"{Ascii(given)}.{Ascii(family).Replace(" ", "", StringComparison.Ordinal)}{i}@example.org".ToLowerInvariant() : null,
            CountryOfResidence = residence.Country,
            OriginCountry = _random.NextDouble() < 0.95 ? "MA" : null,
            Languages = languages,
            Occupation = Noisy(Label(occupation, PickWeighted(writes), female)),
            Headline = _random.NextDouble() < 0.7 ? Headline(occupation, years, PickWeighted(writes), female) : null,
            Summary = _random.NextDouble() < 0.5 ? Summary(skillUris, PickWeighted(writes)) : null,
            Skills = skillUris.Select(uri => Noisy(Label(vocabulary.SkillsByUri[uri], _random.NextDouble() < 0.1 ? "ar" : PickWeighted(writes), female))).Distinct().ToList(),
            YearsExperience = _random.NextDouble() < 0.9 ? years : null,
            Sectors = occupation.Sectors.Take(2).ToList(),
            Availability = Availability(),
            PreferredRegions = regions,
            RemoteOk = _random.NextDouble() < 0.6,
            Investment = _random.NextDouble() < 0.15 ? Investment() : null,
            Consent = _random.NextDouble() < 0.96 ? new Consent(true, "2026-01", new DateTimeOffset(options.Today.AddDays(-_random.Next(10, 600)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)) : null,
        };
    }

    private Need NewNeed(int i, Organisation organisation)
    {
        var sectorOccupations = vocabulary.Occupations.Where(o => o.Sectors.Contains(SectorOf(organisation))).ToList();
        var occupation = Pick(sectorOccupations.Count > 0 ? sectorOccupations : vocabulary.Occupations);
        var lang = PickWeighted([("fr", 0.6), ("en", 0.2), ("ar", 0.2)]);
        var required = occupation.EssentialSkills.Where(vocabulary.SkillsByUri.ContainsKey).OrderBy(_ => _random.Next()).Take(_random.Next(2, 5)).ToList();
        var optional = occupation.OptionalSkills.Concat(occupation.EssentialSkills).Where(vocabulary.SkillsByUri.ContainsKey).Except(required).OrderBy(_ => _random.Next()).Take(_random.Next(0, 3)).ToList();
        var posted = options.Today.AddDays(-_random.Next(20, 540));
        var from = posted.AddDays(_random.Next(30, 150));
        var to = from.AddDays(_random.Next(30, 120));
        var id = $"N-{i:D4}";
        _needs[id] = new NeedTruth(occupation.Uri, required, optional, posted, organisation.Region);
        var title = Label(occupation, lang, female: false);
        return new Need
        {
            Id = id,
            OrganisationId = organisation.Id,
            Title = lang == "fr" ? $"Mission d'appui : {title}" : lang == "ar" ? $"مهمة دعم: {title}" : $"Support assignment: {title}",
            Description = _random.NextDouble() < 0.8 ? Summary(required.Concat(optional).ToList(), lang) : null,
            Country = "MA",
            Region = organisation.Region,
            City = Pick(SamplePlaces.Morocco.First(p => p.Region == organisation.Region).Cities),
            Sector = occupation.Sectors.Count > 0 ? occupation.Sectors[0] : SectorOf(organisation),
            Occupation = Noisy(title),
            RequiredSkills = required.Select(u => Noisy(Label(vocabulary.SkillsByUri[u], lang, false))).Distinct().ToList(),
            OptionalSkills = optional.Select(u => Noisy(Label(vocabulary.SkillsByUri[u], lang, false))).Distinct().ToList(),
            RequiredLanguages = _random.NextDouble() < 0.8 ? [new LanguageSkill(lang == "en" ? "en" : "fr", Pick(["B1", "B2", "C1"]))] : [],
            MinYearsExperience = _random.NextDouble() < 0.7 ? _random.Next(2, 11) : null,
            Window = new DateRange(from, to),
            DurationDays = Math.Min(_random.Next(14, 61), to.DayNumber - from.DayNumber + 1),
            OnSite = _random.NextDouble() < 0.8,
            Positions = _random.NextDouble() < 0.85 ? 1 : 2,
        };
    }

    private Opportunity NewOpportunity(int i, Organisation centre)
    {
        var sector = Pick(InvestSectors);
        return new Opportunity
        {
            Id = $"O-{i:D4}",
            OrganisationId = centre.Id,
            Title = $"{Pick(["Projet", "Unité", "Plateforme", "Coopérative"])} {sector} — {centre.Name.Split(" de ").Last()}",
            Description = _random.NextDouble() < 0.7 ? $"Recherche d'investisseurs de la diaspora pour un projet {sector} ; accompagnement par le centre régional." : null,
            Country = "MA",
            Region = centre.Region,
            Sector = sector,
            AmountSoughtEur = Math.Round((decimal)(20 + (_random.NextDouble() * 980))) * 1000,
            Stage = Pick(Stages),
            SupportOffered = SampleSupport.Offered.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).ToList(),
        };
    }

    private List<Decision> NewDecisions(List<Need> needs, List<ExpertProfile> profiles)
    {
        var byId = profiles.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var perNeed = Math.Max(3, options.Decisions / Math.Max(1, needs.Count));
        var decisions = new List<Decision>();
        foreach (var need in needs)
        {
            var truth = _needs[need.Id];
            var concepts = truth.Required.Concat(truth.Optional).Append(truth.Occupation).ToHashSet(StringComparer.Ordinal);
            var considered = _truth
                .Where(t => t.Value.Occupation == truth.Occupation || t.Value.Skills.Any(concepts.Contains))
                .Select(t => (Id: t.Key, Fit: Fit(need, truth, byId[t.Key], t.Value) + Gaussian(0.35)))
                .Where(c => byId[c.Id].IsMatchable)
                .OrderByDescending(c => c.Fit)
                .Take(perNeed)
                .ToList();
            for (var rank = 0; rank < considered.Count; rank++)
            {
                var value = rank switch
                {
                    0 => truth.Posted.AddDays(90) < options.Today ? "completed" : "approved",
                    1 when need.Positions > 1 => "approved",
                    < 3 => Pick(["proposed", "accepted", "declined"]),
                    < 8 => "shortlisted",
                    _ => "rejected",
                };
                var at = truth.Posted.AddDays(3 + rank + _random.Next(0, 20)).ToDateTime(new TimeOnly(9 + _random.Next(0, 8), 0));
                decisions.Add(new Decision
                {
                    Id = $"D-{decisions.Count + 1:D5}",
                    NeedId = need.Id,
                    ExpertId = considered[rank].Id,
                    Value = value,
                    At = new DateTimeOffset(at, TimeSpan.Zero),
                    By = $"STAFF-{_random.Next(1, 6):D2}",
                    Rating = value == "completed" ? _random.Next(3, 6) : null,
                });
            }
        }

        return decisions;
    }

    /// <summary>What staff weigh: required skills most, then languages at level, availability, region, experience.</summary>
    private static double Fit(Need need, NeedTruth truth, ExpertProfile expert, Truth expertTruth)
    {
        var skills = expertTruth.Skills.ToHashSet(StringComparer.Ordinal);
        var required = truth.Required.Count == 0 ? 1 : truth.Required.Count(skills.Contains) / (double)truth.Required.Count;
        var optional = truth.Optional.Count == 0 ? 0 : truth.Optional.Count(skills.Contains) / (double)truth.Optional.Count;
        var language = need.RequiredLanguages.All(r => expert.Languages.Any(l => l.Code == r.Code && Rank(l.Level) >= Rank(r.Level))) ? 1 : 0;
        var availability = need.Window is null || !need.OnSite ? 1 : expert.Availability.Sum(a => a.OverlapDays(need.Window)) / (double)need.Window.Days;
        var region = truth.Region is not null && expertTruth.Regions.Contains(truth.Region) ? 1 : 0;
        var experience = need.MinYearsExperience is { } min ? Math.Min(1, expertTruth.Years / (double)min) : 1;
        var occupation = expertTruth.Occupation == truth.Occupation ? 1 : 0;
        return (3.0 * required) + (0.8 * optional) + (1.6 * language) + (1.4 * Math.Min(1, availability)) + (0.9 * region) + (1.2 * experience * experience) + (0.6 * occupation);
    }

    private static int Rank(string? level) => level switch
    {
        "A1" => 1, "A2" => 2, "B1" => 3, "B2" => 4, "C1" => 5, "C2" => 6, "native" => 7, _ => 0,
    };

    private List<LanguageSkill> SpokenLanguages(string residenceLanguage)
    {
        var spoken = new List<LanguageSkill> { new("ar", _random.NextDouble() < 0.7 ? "native" : Pick(["B2", "C1"])) };
        if (_random.NextDouble() < 0.85)
        {
            spoken.Add(new("fr", residenceLanguage == "fr" ? "native" : Pick(["B1", "B2", "C1", "C2"])));
        }

        if (residenceLanguage != "fr")
        {
            spoken.Add(new(residenceLanguage, Pick(["C1", "C2", "native"])));
        }

        if (_random.NextDouble() < 0.6)
        {
            spoken.Add(new("en", Pick(["A2", "B1", "B2", "C1"])));
        }

        return spoken;
    }

    private List<DateRange> Availability()
    {
        var ranges = new List<DateRange>();
        for (var n = _random.Next(0, 4); n > 0; n--)
        {
            var from = options.Today.AddDays(_random.Next(-500, 420));
            ranges.Add(new DateRange(from, from.AddDays(_random.Next(14, 150))));
        }

        return ranges;
    }

    private InvestmentInterest Investment()
    {
        var min = _random.Next(1, 20) * 10_000m;
        return new InvestmentInterest
        {
            Sectors = InvestSectors.OrderBy(_ => _random.Next()).Take(_random.Next(1, 3)).ToList(),
            Regions = Enumerable.Range(0, _random.Next(1, 3)).Select(_ => Pick(SamplePlaces.Morocco).Region).Distinct().ToList(),
            TicketMinEur = min,
            TicketMaxEur = min * _random.Next(2, 10),
            Stage = Pick(Stages),
            SupportWanted = _support.NextDouble() < 0.6
                ? SampleSupport.Wanted.OrderBy(_ => _support.Next()).Take(_support.Next(1, 4)).ToList()
                : null,
        };
    }

    private string Headline(SampleConcept occupation, int years, string lang, bool female) => lang switch
    {
        "fr" => $"{Label(occupation, lang, female)}, {years} ans d'expérience",
        "nl" => $"{Label(occupation, lang, female)} met {years} jaar ervaring",
        "ar" => $"{Label(occupation, lang, female)}، خبرة {years} سنة",
        _ => $"{Label(occupation, lang, female)} with {years} years of experience",
    };

    private string Summary(IReadOnlyList<string> skills, string lang)
    {
        var names = string.Join(", ", skills.Take(3).Select(u => vocabulary.SkillsByUri.TryGetValue(u, out var s) ? Label(s, lang, false) : u));
        return lang switch
        {
            "fr" => $"Expérience en {names}. Disponible pour des missions courtes au Maroc.",
            "nl" => $"Ervaring met {names}. Beschikbaar voor korte opdrachten in Marokko.",
            "ar" => $"خبرة في {names}. متاح لمهام قصيرة في المغرب.",
            _ => $"Experience in {names}. Available for short assignments in Morocco.",
        };
    }

    private string Label(SampleConcept concept, string lang, bool female)
    {
        var labels = concept.Labels.TryGetValue(lang, out var l) && l.Count > 0 ? l : concept.Labels["en"];
        var label = _random.NextDouble() < 0.6 ? labels[0] : Pick(labels);
        var slash = label.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && !label.Contains(' ', StringComparison.Ordinal) ? (female ? label[(slash + 1)..] : label[..slash]) : label;
    }

    /// <summary>The noise of real data: a dropped or swapped letter, lost accents, shouting.</summary>
    private string Noisy(string text)
    {
        var roll = _random.NextDouble();
        if (text.Length > 5 && roll < 0.05)
        {
            var at = _random.Next(1, text.Length - 1);
            return text.Remove(at, 1);
        }

        if (text.Length > 5 && roll < 0.09)
        {
            var at = _random.Next(1, text.Length - 2);
            var chars = text.ToCharArray();
            (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
            return new string(chars);
        }

        if (roll < 0.14)
        {
            return Ascii(text);
        }

        return roll < 0.16 ? text.ToUpperInvariant() : text;
    }

    private static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string SectorOf(Organisation organisation) => organisation.Type switch
    {
        "health" => "health",
        "university" => "education",
        "public" => "public-services",
        _ => "business",
    };

    private double Gaussian(double sigma) =>
        sigma * Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string PickWeighted((string Value, double Weight)[] weighted)
    {
        var roll = _random.NextDouble() * weighted.Sum(w => w.Weight);
        foreach (var (value, weight) in weighted)
        {
            roll -= weight;
            if (roll <= 0)
            {
                return value;
            }
        }

        return weighted[^1].Value;
    }

    private sealed record Truth(string Occupation, IReadOnlyList<string> Skills, IReadOnlyList<string> Regions, int Years);

    private sealed record NeedTruth(string Occupation, IReadOnlyList<string> Required, IReadOnlyList<string> Optional, DateOnly Posted, string? Region);
}
