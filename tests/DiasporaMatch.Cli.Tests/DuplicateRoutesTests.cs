using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>#18 item 5: probable duplicate profiles flagged at intake, at import and on demand, over real HTTP.</summary>
public sealed class DuplicateRoutesTests : IAsyncLifetime
{
    private const string Consent = """ "consent":{"given":true,"version":"2026-01","at":"2026-11-01T10:00:00Z"} """;

    private RunningHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync();
        // E-0001: Nadia El Amrani, nadia@example.org, lives in NL, health, fr + nl.
        using var created = await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Expert, LocalHostTests.Profile);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Access.Caller caller, string? json = null) =>
        _host.Client.SendAsync(_host.Request(method, path, caller, json is null ? null : LocalHostTests.JsonContent(json)));

    private async Task<JsonElement> CreateAsync(Access.Caller caller, string json)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/profiles", caller, json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement[] Duplicates(JsonElement body) => [.. body.GetProperty("probableDuplicates").EnumerateArray()];

    private static string[] Fields(JsonElement duplicate) => [.. duplicate.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!)];

    [Fact]
    public async Task CreateProfile_SameEmail_CreatedAndFlaggedWithTheAgreeingFields()
    {
        var body = await CreateAsync(Callers.Staff, $$"""{"id":"E-0101","fullName":"N. Amrani","email":"Nadia@Example.org","countryOfResidence":"BE",{{Consent}}}""");

        Assert.Equal("E-0101", body.GetProperty("id").GetString());
        var duplicate = Assert.Single(Duplicates(body));
        Assert.Equal("E-0101", duplicate.GetProperty("expertId").GetString());
        Assert.Equal("E-0001", duplicate.GetProperty("duplicateOf").GetString());
        Assert.Equal(["email"], Fields(duplicate));
        Assert.True(duplicate.GetProperty("score").GetDouble() >= 0.9);
        using var stored = await SendAsync(HttpMethod.Get, "/api/profiles/E-0101", Callers.Staff);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
    }

    [Fact]
    public async Task CreateProfile_CloseNameAndAgreeingAttributes_Flagged()
    {
        var body = await CreateAsync(Callers.Staff, $$"""
            {"id":"E-0102","fullName":"Amrani, Nadia El","countryOfResidence":"NL","sectors":["health"],"languages":[{"code":"fr","level":"C1"}],{{Consent}}}
            """);

        var duplicate = Assert.Single(Duplicates(body));
        Assert.Equal("E-0001", duplicate.GetProperty("duplicateOf").GetString());
        Assert.Equal(["fullName", "countryOfResidence", "sectors", "languages"], Fields(duplicate));
    }

    [Fact]
    public async Task CreateProfile_SameNameNothingElseAgrees_NotFlagged()
    {
        var body = await CreateAsync(Callers.Staff, $$"""{"id":"E-0103","fullName":"Nadia El Amrani","countryOfResidence":"CA","sectors":["energy"],{{Consent}}}""");

        Assert.Empty(Duplicates(body));
    }

    [Fact]
    public async Task CreateProfile_ByAnExpert_NoOtherProfileRevealedButAudited()
    {
        var body = await CreateAsync(Callers.OtherExpert, $$"""{"fullName":"Nadia Amrani","email":"nadia@example.org","countryOfResidence":"NL",{{Consent}}}""");
        Assert.Empty(Duplicates(body));

        using var audit = await SendAsync(HttpMethod.Get, "/api/audit?subject=E-0002", Callers.Staff);
        var events = (await audit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("events").EnumerateArray();
        Assert.Contains(events, e => e.GetProperty("action").GetString() == "profiles.probable-duplicate" && e.GetProperty("after").GetString()!.StartsWith("of E-0001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProfileDuplicates_OnDemand_ListsThePairAnd404ForAMissingProfile()
    {
        await CreateAsync(Callers.Staff, $$"""{"id":"E-0104","fullName":"Nadia El-Amrani","email":"nadia@example.org","countryOfResidence":"NL",{{Consent}}}""");

        using var response = await SendAsync(HttpMethod.Get, "/api/profiles/E-0001/duplicates", Callers.Staff);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var duplicate = Assert.Single(Duplicates(await response.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(("E-0001", "E-0104"), (duplicate.GetProperty("expertId").GetString(), duplicate.GetProperty("duplicateOf").GetString()));
        Assert.Equal(["email", "fullName", "countryOfResidence"], Fields(duplicate));

        using var missing = await SendAsync(HttpMethod.Get, "/api/profiles/E-9999/duplicates", Callers.Staff);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Import_Profiles_ReportsProbableDuplicatesAmongThoseItCreated()
    {
        var lines = string.Join('\n',
            $$"""{"id":"E-0201","fullName":"Nadia Elamrani","email":"nadia@example.org","countryOfResidence":"NL",{{Consent}}}""",
            $$"""{"id":"E-0202","fullName":"Karim Tazi","email":"karim@example.org","countryOfResidence":"FR",{{Consent}}}""",
            $$"""{"id":"E-0203","fullName":"Karim Tazzi","countryOfResidence":"FR",{{Consent}}}""");
        using var request = _host.Request(HttpMethod.Post, "/api/imports?kind=profiles", Callers.Staff, new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));
        using var response = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(3, result.GetProperty("created").GetInt64());
        var pairs = Duplicates(result).Select(d => (d.GetProperty("expertId").GetString(), d.GetProperty("duplicateOf").GetString())).ToHashSet();
        Assert.Equal([("E-0201", "E-0001"), ("E-0202", "E-0203")], pairs);
    }
}
