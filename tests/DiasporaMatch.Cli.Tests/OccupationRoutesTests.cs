using System.Net;
using System.Text.Json;
using DiasporaMatch.Api;
using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Taxonomy;
using Microsoft.Extensions.DependencyInjection;

namespace DiasporaMatch.Cli;

/// <summary>
/// <c>GET /api/reference/occupations</c>: the occupation field's suggestions are the resolver's own ranking of
/// occupation concepts, labelled in the reader's language; bad parameters are a 400 naming them.
/// </summary>
[Collection(BesideSampleHost.Name)]
public sealed class OccupationRoutesTests(SampleHostFixture sample)
{
    private Hosting.Workspace Workspace => sample.Host.Services.GetRequiredService<ApiServices>().Workspace;

    [Theory]
    [InlineData("infirmière", "fr")]
    [InlineData("infirmière", "ar")]
    [InlineData("teacher", "nl")]
    [InlineData("software developer", "en")]
    public async Task SuggestOccupations_Phrase_ResolverOrderLabelledInReaderLanguage(string phrase, string language)
    {
        var body = await sample.GetAsync($"/api/reference/occupations?q={Uri.EscapeDataString(phrase)}&lang={language}&top=5");

        var expected = Workspace.Resolver.Resolve(phrase, ConceptKind.Occupation, null, 5).Select(m => m.Uri).Distinct().ToList();
        var results = body.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(language, body.GetProperty("language").GetString());
        Assert.Equal(expected, results.Select(r => r.GetProperty("uri").GetString()));
        foreach (var result in results)
        {
            var concept = Workspace.Taxonomy.Find(result.GetProperty("uri").GetString()!)!;
            Assert.Equal(ConceptKind.Occupation, concept.Kind);
            Assert.Equal(concept.Label(language), result.GetProperty("label").GetString());
        }

        // Labelled in the reader's language, not the phrase's: the taxonomy has a label in it for the first one.
        Assert.True(Workspace.Taxonomy.Find(expected[0])!.PreferredLabels.ContainsKey(language), $"{expected[0]} has no {language} label");
    }

    [Fact]
    public async Task SuggestOccupations_NoResolverMatch_EmptyList()
    {
        var body = await sample.GetAsync("/api/reference/occupations?q=zzqxv&lang=fr");

        Assert.Empty(body.GetProperty("results").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/reference/occupations", "q")]
    [InlineData("/api/reference/occupations?q=", "q")]
    [InlineData("/api/reference/occupations?q=%20%20", "q")]
    [InlineData("/api/reference/occupations?q=nurse&top=0", "top")]
    [InlineData("/api/reference/occupations?q=nurse&top=21", "top")]
    [InlineData("/api/reference/occupations?q=nurse&top=five", "top")]
    [InlineData("/api/reference/occupations?q=nurse&lang=de", "lang")]
    public async Task SuggestOccupations_BadParameter_400NamingIt(string path, string field)
    {
        using var response = await sample.Host.Client.SendAsync(sample.Host.Request(HttpMethod.Get, path, Callers.Expert));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task SuggestOccupations_TooLongPhrase_400NamingQ()
    {
        using var response = await sample.Host.Client.SendAsync(sample.Host.Request(HttpMethod.Get, "/api/reference/occupations?q=" + new string('a', 201), Callers.Expert));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("tooLong", problem.GetProperty("fieldErrors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task SuggestOccupations_Anonymous_401()
    {
        using var response = await sample.Host.Client.SendAsync(sample.Host.Request(HttpMethod.Get, "/api/reference/occupations?q=nurse", null));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
