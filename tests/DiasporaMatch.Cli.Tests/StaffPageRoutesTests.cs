using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>The routes behind the staff pages and the parties' proposal lists, over real HTTP.</summary>
public sealed class StaffPageRoutesTests : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync();
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, LocalHostTests.Organisation)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Expert, LocalHostTests.Profile)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/needs", Callers.Institution, LocalHostTests.Need)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/assignments", Callers.Staff, """{"needId":"N-0001","expertId":"E-0001","from":"2027-03-01","to":"2027-03-30"}""")).StatusCode);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Access.Caller? caller, string? json = null) =>
        _host.Client.SendAsync(_host.Request(method, path, caller, json is null ? null : LocalHostTests.JsonContent(json)));

    private async Task<JsonElement> GetAsync(string path, Access.Caller caller)
    {
        using var response = await SendAsync(HttpMethod.Get, path, caller);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task ListNeeds_ByOrganisation_OnlyThatOrganisationsIds()
    {
        var organisation = JsonDocument.Parse(LocalHostTests.Need).RootElement.GetProperty("organisationId").GetString()!;

        Assert.Equal(["N-0001"], (await GetAsync($"/api/needs?organisationId={organisation}", Callers.Institution)).GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty((await GetAsync("/api/needs?organisationId=ORG-OTHER", Callers.Institution)).GetProperty("ids").EnumerateArray());
        using var bad = await SendAsync(HttpMethod.Get, "/api/needs?organisationId=../x", Callers.Institution);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task ListAssignments_EachParty_SeesOnlyItsOwn()
    {
        Assert.Single((await GetAsync("/api/assignments", Callers.Staff)).GetProperty("assignments").EnumerateArray());
        Assert.Single((await GetAsync("/api/assignments", Callers.Expert)).GetProperty("assignments").EnumerateArray());
        Assert.Single((await GetAsync("/api/assignments?needId=N-0001", Callers.Institution)).GetProperty("assignments").EnumerateArray());
        Assert.Empty((await GetAsync("/api/assignments", Callers.OtherExpert)).GetProperty("assignments").EnumerateArray());
        Assert.Empty((await GetAsync("/api/assignments", Callers.OtherInstitution)).GetProperty("assignments").EnumerateArray());
        using var bad = await SendAsync(HttpMethod.Get, "/api/assignments?needId=../x", Callers.Staff);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task RecentAudit_Limit_ReturnsTheNewestFirst()
    {
        var events = (await GetAsync("/api/audit/recent?limit=2", Callers.Staff)).GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal("assignments.shortlisted", events[0].GetProperty("action").GetString());
        Assert.True(events[0].GetProperty("at").GetDateTimeOffset() >= events[1].GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task Dashboard_CountsNeedsAndAssignmentsByRegionSectorAndState()
    {
        var dashboard = await GetAsync("/api/programme/dashboard", Callers.Staff);
        Assert.Equal(1, dashboard.GetProperty("needs").GetInt32());
        Assert.Equal(1, dashboard.GetProperty("assignmentsByState").GetProperty("shortlisted").GetInt32());
        Assert.Equal(1, dashboard.GetProperty("assignmentsBySector").GetProperty("health").GetInt32());
        Assert.Equal(0, dashboard.GetProperty("timeToMatch").GetProperty("matched").GetInt32());
    }

    [Fact]
    public async Task ModelChart_BundledModel_IsAPng()
    {
        using var response = await SendAsync(HttpMethod.Get, "/api/models/current/chart.png", Callers.Staff);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await response.Content.ReadAsByteArrayAsync())[..4]);
    }
}
