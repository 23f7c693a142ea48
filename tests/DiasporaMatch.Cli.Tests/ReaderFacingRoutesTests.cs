using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Ranking;
using DiasporaMatch.Reference;

namespace DiasporaMatch.Cli;

/// <summary>
/// What a reader sees over HTTP, on the bundled sample: reference names in each language, ranked lists with a 0–100
/// strength (never only a raw margin), skill coverage first, no repeated or contradictory reasons, and no English
/// word in a French or Arabic list's reasons (needs' matches, an expert's needs and opportunities).
/// </summary>
[Collection(BesideSampleHost.Name)]
public sealed partial class ReaderFacingRoutesTests(SampleHostFixture sample)
{
    private static readonly string[] Lists =
    [
        .. Enumerable.Range(1, 8).Select(i => $"/api/needs/N-{i:0000}/matches?ranker=model&top=10"),
        .. Enumerable.Range(1, 8).Select(i => $"/api/profiles/E-{i:000000}/recommendations?ranker=model&top=10"),
        .. new[] { "E-000011", "E-000021", "E-000022", "E-000028", "E-000037", "E-000038", "E-000039", "E-000040" }.Select(id => $"/api/profiles/{id}/opportunities?top=10"), // investors
    ];

    [Theory]
    [InlineData("fr", "MA-04", "Rabat-Salé-Kénitra", "health", "Santé", "NL", "Pays-Bas")]
    [InlineData("ar", "MA-04", "الرباط سلا القنيطرة", "health", "الصحة", "MA", "المغرب")]
    [InlineData("nl", "MA-01", "Tanger-Tétouan-Al Hoceïma", "education", "Onderwijs", "BE", "Koninkrijk België")]
    [InlineData("en", "MA-01", "Tanger-Tetouan-Al Hoceima", "agri-food", "Agriculture and food", "FR", "France")]
    public async Task ReferenceNames_Language_NamesEveryCodeInIt(string language, string region, string regionName, string sector, string sectorName, string country, string countryName)
    {
        var reference = ReferenceData.Load(DataPaths.ReferenceFolder);

        var body = await sample.GetAsync($"/api/reference?lang={language}");

        Assert.Equal(language, body.GetProperty("language").GetString());
        Assert.Equal(regionName, body.GetProperty("regions").GetProperty(region).GetString());
        Assert.Equal(sectorName, body.GetProperty("sectors").GetProperty(sector).GetString());
        Assert.Equal(countryName, body.GetProperty("countries").GetProperty(country).GetString());
        Assert.Equal(reference.RegionNames.Count, body.GetProperty("regions").EnumerateObject().Count());
        Assert.Equal(reference.Sectors.Count, body.GetProperty("sectors").EnumerateObject().Count());
        Assert.Equal(reference.Languages.Count, body.GetProperty("languages").EnumerateObject().Count());
        Assert.Equal(12, body.GetProperty("regionsByCountry").GetProperty("MA").GetArrayLength());
        Assert.Equal(4, body.GetProperty("stages").EnumerateObject().Count());
        if (language != "en")
        {
            // Every region and sector has its own name in the language, not the English one standing in.
            var english = await sample.GetAsync("/api/reference?lang=en");
            Assert.NotEqual(english.GetProperty("sectors").GetProperty(sector).GetString(), sectorName);
        }
    }

    [Fact]
    public async Task ReferenceNames_AnonymousAcceptLanguage_AnswersInIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/reference");
        request.Headers.AcceptLanguage.ParseAdd("ar-MA, fr;q=0.5");
        using var response = await sample.Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("ar", body.GetProperty("language").GetString());
    }

    [Fact]
    public async Task ReferenceNames_UnspokenLanguage_400NamingLang()
    {
        using var response = await sample.Host.Client.SendAsync(sample.Host.Request(HttpMethod.Get, "/api/reference?lang=de", null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("lang", out _));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("ar")]
    public async Task RankedLists_FrenchOrArabic_NoEnglishWordInAnyReason(string language)
    {
        var english = EnglishTemplateWords();
        var checkedReasons = 0;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in Lists)
        {
            foreach (var item in (await sample.GetAsync($"{list}&lang={language}")).GetProperty("results").EnumerateArray())
            {
                foreach (var reason in item.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!))
                {
                    var leaked = Word().Matches(reason).Select(m => m.Value.ToLowerInvariant()).Where(english.Contains).ToList();
                    Assert.True(leaked.Count == 0, $"{language} reason \"{reason}\" in {list} has English words: {string.Join(", ", leaked)}");
                    checkedReasons++;
                }

                codes.UnionWith(item.GetProperty("reasonCodes").EnumerateArray().Select(c => c.GetProperty("code").GetString()!));
            }
        }

        // The lists really exercised the need, language and investment reasons.
        Assert.True(checkedReasons > 100, $"only {checkedReasons} reasons checked");
        Assert.Contains(codes, c => c.StartsWith("skills.", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.StartsWith("language.", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.StartsWith("invest.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RankedLists_Strength_OneToHundredFallingWithRankTopIsHundred()
    {
        foreach (var list in Lists)
        {
            var results = (await sample.GetAsync(list)).GetProperty("results").EnumerateArray()
                .Select(r => (Rank: r.GetProperty("rank").GetInt32(), Strength: r.GetProperty("strength").GetInt32()))
                .ToList();
            if (results.Count == 0)
            {
                continue;
            }

            Assert.All(results, r => Assert.InRange(r.Strength, 1, 100));
            Assert.Equal(Enumerable.Range(1, results.Count), results.Select(r => r.Rank));
            Assert.Equal(100, results[0].Strength);
            for (var i = 1; i < results.Count; i++)
            {
                Assert.True(results[i].Strength <= results[i - 1].Strength, $"{list}: strength rises as the rank falls");
            }
        }
    }

    [Fact]
    public async Task RankedLists_ModelRanker_ServeNoRawScoreAnywhere()
    {
        // Under the model the raw score is a margin with no scale (often negative): only the strength and rank are served.
        var items = 0;
        foreach (var list in Lists)
        {
            var body = await sample.GetAsync(list);
            items += body.GetProperty("results").GetArrayLength();
            Assert.DoesNotContain(PropertyNames(body), name => name.Equals("score", StringComparison.OrdinalIgnoreCase));
        }

        Assert.True(items > 100, $"only {items} ranked items checked");

        static IEnumerable<string> PropertyNames(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => PropertyNames(p.Value).Prepend(p.Name)),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(PropertyNames),
            _ => [],
        };
    }

    [Fact]
    public async Task NeedMatches_Reasons_SkillCoverageFirstNoRepeatNoContradiction()
    {
        var items = 0;
        foreach (var list in Lists.Where(l => l.Contains("/matches", StringComparison.Ordinal) || l.Contains("/recommendations", StringComparison.Ordinal)))
        {
            foreach (var item in (await sample.GetAsync(list)).GetProperty("results").EnumerateArray())
            {
                var codes = item.GetProperty("reasonCodes").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToList();
                var texts = item.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
                var leading = codes.SkipWhile(c => c == "eligibility.experience").FirstOrDefault();

                // Every sample need requires skills, so every candidate's reasons lead with how many it covers.
                Assert.True(leading is not null && leading.StartsWith("skills.", StringComparison.Ordinal) && leading != "skills.optional", $"{list}: first reason {leading}");
                Assert.Equal(codes.Count, codes.Distinct().Count());
                Assert.Equal(texts.Count, texts.Distinct().Count());
                Assert.False(codes.Contains("skills.lacks") && codes.Any(c => c.StartsWith("skills.covers", StringComparison.Ordinal)), $"{list}: covers and lacks both said");
                Assert.False(codes.Contains("availability.whole") && codes.Contains("availability.share"), $"{list}: whole and share both said");
                items++;
            }
        }

        Assert.True(items > 50, $"only {items} ranked items checked");
    }

    private static HashSet<string> EnglishTemplateWords()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(DataPaths.ReferenceFolder, ReasonCatalogue.FileName)));
        return doc.RootElement.GetProperty("reasons").EnumerateObject()
            .Select(r => r.Value.GetProperty("en"))
            .SelectMany(t => t.ValueKind == JsonValueKind.String ? [t.GetString()!] : new[] { t.GetProperty("one").GetString()!, t.GetProperty("other").GetString()! })
            .SelectMany(t => Word().Matches(Placeholder().Replace(t, " ")).Select(m => m.Value.ToLowerInvariant()))
            .Where(w => w.Length >= 4)
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
