using System.Text.Json;
using System.Text.RegularExpressions;
using DiasporaMatch.Profiles;
using DiasporaMatch.Reference;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Ranking;

public sealed partial class ReasonCatalogueTests
{
    private static readonly ReasonCatalogue Catalogue = ReasonCatalogue.Bundled;

    [Fact]
    public void Load_BundledFile_EveryReasonInEveryLanguageWithTheSameArguments()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(DataPaths.ReferenceFolder, ReasonCatalogue.FileName)));
        Assert.Equal(["en", "fr", "nl", "ar"], Catalogue.Languages);
        foreach (var reason in doc.RootElement.GetProperty("reasons").EnumerateObject())
        {
            var english = Placeholders(Texts(reason.Value.GetProperty("en")));
            foreach (var language in Catalogue.Languages)
            {
                Assert.True(reason.Value.TryGetProperty(language, out var text), $"{reason.Name} has no {language} text");
                // A form may leave out the count it states in words ("1 year"), never add an argument English lacks.
                Assert.Subset(english, Placeholders(Texts(text)));
            }
        }
    }

    [Theory]
    [InlineData("fr-BE", "fr")]
    [InlineData("ar", "ar")]
    [InlineData("NL", "nl")]
    [InlineData("de", "en")]
    [InlineData(null, "en")]
    public void Supported_RequestedLanguage_PrimaryTagOrEnglish(string? requested, string expected) =>
        Assert.Equal(expected, Catalogue.Supported(requested));

    [Fact]
    public void Render_CodesAndCounts_NamesInTheReadersLanguageAndPluralByCount()
    {
        var language = Reason.Of("language.meetsLevel", ("language", "fr"), ("level", "native"), ("required", "B2"));
        var sector = Reason.Of("sector.same", ("sector", "health"));

        Assert.Equal("speaks French native (B2 required)", Catalogue.Render(language, "en"));
        Assert.Equal("parle français (langue maternelle ; B2 requis)", Catalogue.Render(language, "fr"));
        Assert.Equal("يتحدث الفرنسية بمستوى لغة أم (المطلوب B2)", Catalogue.Render(language, "ar"));
        Assert.Equal("travaille dans le secteur Santé", Catalogue.Render(sector, "fr"));
        Assert.Equal("has 1 year of experience", Catalogue.Render(Reason.Of("experience.years", ("years", 1)), "en"));
        Assert.Equal("a 4 ans d'expérience", Catalogue.Render(Reason.Of("experience.years", ("years", 4)), "fr"));
    }

    [Theory]
    [InlineData("en", "booked from 1 March 2027 to 9 April 2027")]
    [InlineData("fr", "réservé du 1 mars 2027 au 9 avril 2027")]
    [InlineData("nl", "geboekt van 1 maart 2027 tot 9 april 2027")]
    [InlineData("ar", "محجوز من \u20682027-03-01\u2069 إلى \u20682027-04-09\u2069")]
    public void Render_Dates_AsTheLanguageWritesThemAndIsolatedInArabic(string language, string expected)
    {
        var booked = Reason.Of("availability.booked", ("from", "2027-03-01"), ("to", "2027-04-09"));

        Assert.Contains(expected, Catalogue.Render(booked, language), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RankedReasonsInFrenchArabicAndDutch_NoEnglishWordAndNoCodeLeft()
    {
        var need = new NeedBuilder("N-1").With(n => n with { RequiredSkills = ["neonatal care", "triage"], OptionalSkills = ["paediatrics"], RequiredLanguages = [new LanguageSkill("fr", "B2"), new LanguageSkill("ar", "B1")], MinYearsExperience = 6 }).Build();
        var experts = new[]
        {
            new ProfileBuilder("E-1").Skills("neonatal care", "paediatrics").With(p => p with { YearsExperience = 2, Languages = [new LanguageSkill("fr", "C1"), new LanguageSkill("ar", "A2")], PreferredRegions = ["MA-01"] }).Build(),
            new ProfileBuilder("E-2").Skills("triage").With(p => p with { YearsExperience = 5, Languages = [new LanguageSkill("fr", "native")] }).Build(),
            new ProfileBuilder("E-3").Skills("neonatal care", "triage").With(p => p with { YearsExperience = 12, Languages = [new LanguageSkill("fr", "B2"), new LanguageSkill("ar", "C1")] }).Build(),
        };
        var taxonomy = new FakeTaxonomy();
        var facts = SearchHarness.Facts(taxonomy);
        var extractor = new FeatureExtractor(taxonomy);
        var reasons = experts
            .SelectMany(e => ReasonWriter.Explain(extractor.Extract(facts.ForNeed(need, taxonomy.ForNeed(need)), facts.ForProfile(e, taxonomy.ForProfile(e)), 0.6f), max: 20))
            .ToList();
        var englishWords = EnglishTemplateWords();

        // Words Dutch spells as English does are Dutch in a Dutch sentence.
        var sameInDutch = new HashSet<string>(["sector"], StringComparer.Ordinal);
        foreach (var language in new[] { "fr", "ar", "nl" })
        {
            foreach (var reason in reasons)
            {
                var text = Catalogue.Render(reason, language);
                Assert.NotEqual(reason.Code, text);
                Assert.DoesNotContain("{", text, StringComparison.Ordinal);
                var leaked = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => englishWords.Contains(w) && !(language == "nl" && sameInDutch.Contains(w))).ToList();
                Assert.True(leaked.Count == 0, $"{language} reason \"{text}\" has English words: {string.Join(", ", leaked)}");
            }
        }

        Assert.Contains(reasons, r => r.Code == "eligibility.experience");
        Assert.Contains(reasons, r => r.Code == "language.below");
    }

    private static HashSet<string> EnglishTemplateWords()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(DataPaths.ReferenceFolder, ReasonCatalogue.FileName)));
        return doc.RootElement.GetProperty("reasons").EnumerateObject()
            .SelectMany(r => Texts(r.Value.GetProperty("en")))
            .SelectMany(t => Word().Matches(Placeholder().Replace(t, " ")).Select(m => m.Value.ToLowerInvariant()))
            .Where(w => w.Length >= 4)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Texts(JsonElement text) =>
        text.ValueKind == JsonValueKind.String ? [text.GetString()!] : [text.GetProperty("one").GetString()!, text.GetProperty("other").GetString()!];

    private static HashSet<string> Placeholders(IEnumerable<string> texts) =>
        texts.SelectMany(t => Placeholder().Matches(t).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
