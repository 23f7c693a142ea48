using DiasporaMatch.Needs;
using DiasporaMatch.Normalisation;
using DiasporaMatch.Opportunities;
using DiasporaMatch.Profiles;
using DiasporaMatch.Text;

using DiasporaMatch.Search;

namespace DiasporaMatch.Facts;

/// <summary>Turns records and their normalised terms into the compact facts indexes store and rankers read.</summary>
public sealed class FactsBuilder(Lazy<ITermNormaliser> normaliser, LanguageTerms languages)
{
    /// <summary>Caps keep a hostile or absurd record from bloating its index entry.</summary>
    private const int MaxItems = 200;

    public FactsBuilder(ITermNormaliser normaliser, LanguageTerms languages)
        : this(new Lazy<ITermNormaliser>(normaliser), languages)
    {
    }

    /// <summary>Built on first use: a command that reads every fact it needs from the index never builds the resolver.</summary>
    public ITermNormaliser Normaliser => normaliser.Value;

    public LanguageTerms LanguageTerms => languages;

    public ExpertFacts ForProfile(ExpertProfile profile, NormalisedTerms terms) => new()
    {
        Id = profile.Id,
        Country = profile.CountryOfResidence,
        Consent = profile.IsMatchable,
        Languages = profile.Languages.Take(MaxItems).Select(l => languages.Fact(l.Code, l.Level)).ToArray(),
        Availability = profile.Availability.Take(MaxItems).ToArray(),
        RemoteOk = profile.RemoteOk == true,
        Regions = profile.PreferredRegions.Take(MaxItems).ToArray(),
        Years = profile.YearsExperience,
        Sectors = profile.Sectors.Take(MaxItems).ToArray(),
        Skills = Skills(profile.Skills, terms),
        SkillUris = Sorted(terms.Skills.Select(s => s.Uri)),
        OccupationUri = terms.Occupation?.Uri,
        OccupationTokens = Tokens(profile.Occupation),
        Expanded = Sorted(terms.ExpandedUris),
        Investment = profile.Investment,
    };

    public NeedFacts ForNeed(Need need, NormalisedTerms terms) => new()
    {
        Id = need.Id,
        Title = need.Title,
        Status = need.Status,
        Country = need.Country,
        Region = need.Region,
        Sector = need.Sector,
        OccupationUri = terms.Occupation?.Uri,
        OccupationTokens = Tokens(need.Occupation),
        RequiredSkills = Skills(need.RequiredSkills, terms),
        OptionalSkills = Skills(need.OptionalSkills, terms),
        RequiredLanguages = need.RequiredLanguages.Take(MaxItems).Select(l => languages.Fact(l.Code, l.Level)).ToArray(),
        MinYears = need.MinYearsExperience,
        Window = need.Window,
        DurationDays = need.DurationDays,
        OnSite = need.OnSite,
        Expanded = Sorted(terms.ExpandedUris),
    };

    public static OpportunityFacts ForOpportunity(Opportunity opportunity) => new()
    {
        Id = opportunity.Id,
        Title = opportunity.Title,
        Status = opportunity.Status,
        Country = opportunity.Country,
        Region = opportunity.Region,
        Sector = opportunity.Sector,
        AmountSoughtEur = opportunity.AmountSoughtEur,
        Stage = opportunity.Stage,
        SupportOffered = opportunity.SupportOffered.Take(MaxItems).ToArray(),
    };

    private static SkillFact[] Skills(IReadOnlyList<string> phrases, NormalisedTerms terms) =>
        phrases.Take(MaxItems)
            .Select(p => new SkillFact(p, terms.Skills.FirstOrDefault(s => s.Phrase == p)?.Uri, Tokens(p)))
            .ToArray();

    private static string[] Tokens(string? phrase) => [.. TextAnalysis.Tokenise(IndexFields.SkillsText, phrase, 16)];

    private static string[] Sorted(IEnumerable<string?> uris)
    {
        var array = uris.OfType<string>().Distinct(StringComparer.Ordinal).Take(MaxItems * 4).ToArray();
        Array.Sort(array, StringComparer.Ordinal);
        return array;
    }
}
