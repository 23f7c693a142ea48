using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli;

/// <summary>An assignment's whole approval over real HTTP, with the audit trail staff read afterwards.</summary>
public sealed class AssignmentRoutesTests : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Access.Caller? caller, string? json = null) =>
        _host.Client.SendAsync(_host.Request(method, path, caller, json is null ? null : LocalHostTests.JsonContent(json)));

    private async Task<HttpResponseMessage> MoveAsync(string id, Access.Caller caller, string to) =>
        await SendAsync(HttpMethod.Post, $"/api/assignments/{id}/transitions", caller, $$"""{"to":"{{to}}","reason":"step"}""");

    private static async Task<string?> StateOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString();

    [Fact]
    public async Task Assignment_ProposeAcceptConfirmApprove_IsAuditedStepByStep()
    {
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, LocalHostTests.Organisation)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Expert, LocalHostTests.Profile)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/needs", Callers.Institution, LocalHostTests.Need)).StatusCode);
        const string body = """{"needId":"N-0001","expertId":"E-0001","from":"2027-03-01","to":"2027-03-30"}""";

        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Post, "/api/assignments", Callers.Institution, body)).StatusCode);
        var created = await SendAsync(HttpMethod.Post, "/api/assignments", Callers.Staff, body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal($"/api/assignments/{id}", created.Headers.Location?.ToString());

        var jump = await MoveAsync(id, Callers.Staff, "approved");
        Assert.Equal(HttpStatusCode.Conflict, jump.StatusCode);
        Assert.Equal("application/problem+json", jump.Content.Headers.ContentType?.MediaType);
        Assert.Contains("from shortlisted to approved", (await jump.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        Assert.Equal("proposed", await StateOf(await MoveAsync(id, Callers.Staff, "proposed")));
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(id, Callers.Institution, "accepted")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await MoveAsync(id, Callers.OtherExpert, "accepted")).StatusCode);
        Assert.Equal("accepted", await StateOf(await MoveAsync(id, Callers.Expert, "accepted")));
        Assert.Equal("confirmed", await StateOf(await MoveAsync(id, Callers.Institution, "confirmed")));
        Assert.Equal("approved", await StateOf(await MoveAsync(id, Callers.Staff, "approved")));

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, $"/api/assignments/{id}", Callers.Expert)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, $"/api/assignments/{id}", Callers.OtherInstitution)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, $"/api/audit?subject={id}", Callers.Expert)).StatusCode);

        var audit = await (await SendAsync(HttpMethod.Get, $"/api/audit?subject={id}", Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>();
        var steps = audit.GetProperty("events").EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("role").GetString())).ToList();
        Assert.Equal(
            [("assignments.shortlisted", "staff"), ("assignments.proposed", "staff"), ("assignments.accepted", "expert"), ("assignments.confirmed", "institution"), ("assignments.approved", "staff")],
            steps);

        var needAudit = await (await SendAsync(HttpMethod.Get, "/api/audit?subject=N-0001", Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("needs.create", needAudit.GetProperty("events")[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task Transition_BadBody_Is400AndUnknownAssignment404()
    {
        var unknown = await MoveAsync("A-NOPE", Callers.Staff, "proposed");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, LocalHostTests.Organisation)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Expert, LocalHostTests.Profile)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/needs", Callers.Institution, LocalHostTests.Need)).StatusCode);
        var created = await SendAsync(HttpMethod.Post, "/api/assignments", Callers.Staff, """{"id":"A-1","needId":"N-0001","expertId":"E-0001","from":"2027-03-01","to":"2027-03-30"}""");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Post, "/api/assignments/A-1/transitions", Callers.Staff, """{"to":"flying"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Post, "/api/assignments/A-1/transitions", Callers.Staff, """{"to":"cancelled","extra":1}""")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Post, "/api/assignments/A-1/transitions", Callers.Staff, """{"to":"cancelled"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Post, "/api/assignments", Callers.Staff, """{"needId":"N-0001","expertId":"E-0001","from":"2027-01-01","to":"2027-01-30"}""")).StatusCode);
    }
}
