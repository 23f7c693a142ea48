using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>#18 item 4: a staff member's saved filters over HTTP, kept per person; a bad one is named and nothing changes.</summary>
public sealed class SavedFilterRoutesTests : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Access.Caller? caller, string? json = null) =>
        _host.Client.SendAsync(_host.Request(method, path, caller, json is null ? null : LocalHostTests.JsonContent(json)));

    private async Task<List<string>> NamesAsync(Access.Caller caller) =>
        [.. (await (await SendAsync(HttpMethod.Get, "/api/saved-filters", caller)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("filters").EnumerateArray().Select(f => f.GetProperty("name").GetString()!)];

    [Fact]
    public async Task SavedFilters_PutThenGet_KeptPerStaffMember()
    {
        const string body = """{"filters":[{"name":"Santé au nord","list":"needs","query":{"sector":"health","region":"MA-01","sort":"-window"}},{"name":"Ingénieurs","list":"experts","query":{"q":"ingénieur"}}]}""";

        var saved = await SendAsync(HttpMethod.Put, "/api/saved-filters", Callers.Staff, body);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(["Santé au nord", "Ingénieurs"], await NamesAsync(Callers.Staff));
        var first = (await (await SendAsync(HttpMethod.Get, "/api/saved-filters", Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("filters")[0];
        Assert.Equal(("needs", "health", "-window"), (first.GetProperty("list").GetString(), first.GetProperty("query").GetProperty("sector").GetString(), first.GetProperty("query").GetProperty("sort").GetString()));
        Assert.Empty(await NamesAsync(new Access.Caller(Access.Role.Staff, "STAFF-2")));
    }

    [Theory]
    [InlineData("""{"filters":[{"name":"x","list":"needs","query":{"sort":"salary"}}]}""", "filters[0].query.sort")]
    [InlineData("""{"filters":[{"name":"x","list":"assignments","query":{}}]}""", "filters[0].list")]
    [InlineData("""{"filters":[{"name":"x","list":"needs","query":{"limit":"5"}}]}""", "filters[0].query.limit")]
    [InlineData("""{"filters":[{"name":"x","list":"needs","query":{"state":1}}]}""", "filters[0].query.state")]
    [InlineData("""{"filters":[{"name":"x","list":"needs"}]}""", "filters[0].query")]
    [InlineData("""{"filters":[{"name":"x","list":"needs","query":{},"colour":"red"}]}""", "filters[0].colour")]
    [InlineData("""{"filters":["open"]}""", "filters[0]")]
    [InlineData("""{"filters":{}}""", "filters")]
    [InlineData("""{"filters":[],"extra":1}""", "extra")]
    public async Task SavedFilters_BadBody_Is400NamingTheFieldAndKeepsWhatWasSaved(string json, string path)
    {
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Put, "/api/saved-filters", Callers.Staff, """{"filters":[{"name":"Open","list":"needs","query":{"state":"open"}}]}""")).StatusCode);

        var refused = await SendAsync(HttpMethod.Put, "/api/saved-filters", Callers.Staff, json);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var paths = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldErrors").EnumerateArray().Select(e => e.GetProperty("path").GetString());
        Assert.Contains(path, paths);
        Assert.Equal(["Open"], await NamesAsync(Callers.Staff));
    }

    [Fact]
    public async Task SavedFilters_InFrench_UnknownParameterWordedInFrench()
    {
        var refused = await SendAsync(HttpMethod.Put, "/api/saved-filters?lang=fr", Callers.Staff, """{"filters":[{"name":"x","list":"needs","query":{"limit":"5"}}]}""");

        var error = Assert.Single((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldErrors").EnumerateArray());
        Assert.Equal(("unknownField", "filters[0].query.limit"), (error.GetProperty("code").GetString(), error.GetProperty("path").GetString()));
        Assert.DoesNotContain("filter", error.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}
