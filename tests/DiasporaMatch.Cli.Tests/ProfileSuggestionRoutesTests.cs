using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Api;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Reference;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace DiasporaMatch.Cli;

/// <summary>`GET /api/profiles/{id}/recommendations` and `/opportunities` with `?ranker=`, over real HTTP.</summary>
public sealed class ProfileSuggestionRoutesTests : IAsyncLifetime
{
    private const string Centre = """{"id":"ORG-CRI","name":"Centre régional d'investissement de Tanger","type":"investment-centre","country":"MA","region":"MA-01"}""";

    private const string Opportunity = """
        {"id":"O-0001","organisationId":"ORG-CRI","title":"Unité d'huile d'olive","country":"MA","region":"MA-01","sector":"agri-food",
         "amountSoughtEur":80000,"stage":"create","supportOffered":["accès au foncier","tax incentives"]}
        """;

    private static readonly string Investor = LocalHostTests.Profile.Replace(
        "\"remoteOk\":true,",
        "\"remoteOk\":true,\"investment\":{\"sectors\":[\"agri-food\"],\"regions\":[\"MA-01\"],\"ticketMinEur\":20000,\"ticketMaxEur\":150000,\"stage\":\"create\",\"supportWanted\":[\"land access\",\"mentoring\"]},",
        StringComparison.Ordinal);

    private RunningHost _host = null!;

    public Task InitializeAsync() => StartSeededAsync(configure: null);

    /// <summary>A host over a fresh data folder with the organisations, the investor, a need and an opportunity.</summary>
    private async Task StartSeededAsync(Action<WebApplicationBuilder>? configure)
    {
        _host = await RunningHost.StartAsync(configure: configure);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, LocalHostTests.Organisation)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, Centre)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Expert, Investor)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/needs", Callers.Staff, LocalHostTests.Need)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/opportunities", Callers.Staff, Opportunity)).StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Access.Caller caller, string? json = null) =>
        _host.Client.SendAsync(_host.Request(method, path, caller, json is null ? null : LocalHostTests.JsonContent(json)));

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path, Callers.Expert);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string? Text(JsonElement body, string name) => body.TryGetProperty(name, out var value) ? value.GetString() : null;

    [Fact]
    public async Task Opportunities_RankerModel_ServedByTheBundledInvestorModel()
    {
        var bundled = new ModelRegistry(Path.Combine(_host.DataFolder, "none"), DataPaths.ModelsFolder).Investments.CurrentVersion();

        var body = await GetAsync("/api/profiles/E-0001/opportunities?ranker=model");

        Assert.NotNull(bundled);
        Assert.Equal(("model", bundled, null), (Text(body, "ranker"), Text(body, "modelVersion"), Text(body, "note")));
        var first = body.GetProperty("results")[0];
        Assert.Equal("O-0001", first.GetProperty("id").GetString());
        Assert.Contains("offers land access, which you look for", first.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("recommendations", "N-0001")]
    [InlineData("opportunities", "O-0001")]
    public async Task Suggestions_Bm25OrNoRanker_SayWhichRankerServed(string route, string expected)
    {
        var bm25 = await GetAsync($"/api/profiles/E-0001/{route}?ranker=bm25");
        var baseline = await GetAsync($"/api/profiles/E-0001/{route}");

        Assert.Equal(("bm25", "baseline"), (Text(bm25, "ranker"), Text(baseline, "ranker")));
        Assert.Equal(expected, bm25.GetProperty("results")[0].GetProperty("id").GetString());
        Assert.Equal(expected, baseline.GetProperty("results")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("recommendations")]
    [InlineData("opportunities")]
    public async Task Suggestions_RankerModelWithoutAnyModel_FallBackToBaselineAndSaySo(string route)
    {
        await _host.DisposeAsync();
        await StartSeededAsync(builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ApiOptions.Section}:{nameof(ApiOptions.BundledModels)}"] = "false", // no bundled model, none trained
        }));

        var body = await GetAsync($"/api/profiles/E-0001/{route}?ranker=model");

        Assert.Equal(("baseline", null, "no trained model is available; ranked with baseline"), (Text(body, "ranker"), Text(body, "modelVersion"), Text(body, "note")));
        Assert.NotEqual(0, body.GetProperty("results").GetArrayLength());
    }

    [Theory]
    [InlineData("recommendations", "random")]
    [InlineData("opportunities", "random")]
    [InlineData("opportunities", "MODEL")]
    [InlineData("recommendations", "%27%3Bdrop")]
    public async Task Suggestions_UnknownRanker_Is400WithRankerFieldError(string route, string ranker)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/api/profiles/E-0001/{route}?ranker={ranker}", Callers.Expert);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("must be bm25, baseline or model", errors.GetProperty("ranker")[0].GetString()); // English: the message as written
    }
}
