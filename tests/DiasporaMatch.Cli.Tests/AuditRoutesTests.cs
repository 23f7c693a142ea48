using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>The newest audit events kept to one kind of record and one role, over real HTTP.</summary>
public sealed class AuditRoutesTests : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Access.Caller caller, string? json = null) =>
        await _host.Client.SendAsync(_host.Request(method, path, caller, json is null ? null : LocalHostTests.JsonContent(json)));

    [Fact]
    public async Task RecentAudit_KindAndRole_OnlyThoseEventsAndABadValueIsAFieldError()
    {
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, LocalHostTests.Organisation)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Expert, LocalHostTests.Profile)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/needs", Callers.Institution, LocalHostTests.Need)).StatusCode);

        async Task<List<(string? Action, string? Role)>> EventsAsync(string query) =>
            [.. (await (await SendAsync(HttpMethod.Get, "/api/audit/recent" + query, Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("events").EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("role").GetString()))];

        Assert.Equal(3, (await EventsAsync("")).Count);
        Assert.Equal([("needs.create", "institution")], await EventsAsync("?subjectKind=needs"));
        Assert.Equal([("profiles.create", "expert")], await EventsAsync("?role=expert"));
        Assert.Empty(await EventsAsync("?subjectKind=needs&role=expert"));

        var refused = await SendAsync(HttpMethod.Get, "/api/audit/recent?subjectKind=planets&role=robot", Callers.Staff);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldErrors").EnumerateArray().Select(e => (e.GetProperty("path").GetString(), e.GetProperty("code").GetString()));
        Assert.Equal([("subjectKind", "notInList"), ("role", "notInList")], errors);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/audit/recent?subjectKind=needs", Callers.Institution)).StatusCode);
    }
}
