using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task DeleteProfile_ExpertWithApprovedAssignment_Is409ListingItUntilConfirmedThen204Repeatedly()
    {
        var id = await ApprovedAssignmentAsync();

        var refused = await SendAsync(HttpMethod.Delete, "/api/profiles/E-0001", Callers.Expert);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([(id, "approved")], problem.GetProperty("wouldCancel").EnumerateArray().Select(a => (a.GetProperty("id").GetString(), a.GetProperty("state").GetString())));
        Assert.Equal("approved", await StateOf(await SendAsync(HttpMethod.Get, $"/api/assignments/{id}", Callers.Staff))); // nothing changed
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Delete, "/api/profiles/E-0001?confirm=yes", Callers.Expert)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, "/api/profiles/E-0001?confirm=true", Callers.Expert)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, "/api/profiles/E-0001", Callers.Expert)).StatusCode); // a retry is answered, not 404
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, "/api/profiles/E-0001", Callers.Staff)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, $"/api/assignments/{id}", Callers.Staff)).StatusCode);
        var audit = await (await SendAsync(HttpMethod.Get, $"/api/audit?subject={id}", Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("assignments.cancelled", audit.GetProperty("events").EnumerateArray().Last().GetProperty("action").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Delete, "/api/profiles/E-NEVER", Callers.Staff)).StatusCode);
    }

    /// <summary>An erasure that died part-way is finished by the next start's start-up work; DELETE then answers 204.</summary>
    [Fact]
    public async Task StartUp_PendingErasure_IsFinished()
    {
        await ApprovedAssignmentAsync();
        var services = _host.Services.GetRequiredService<Api.ApiServices>();
        var crashing = new Privacy.ErasureService(services.Store, services.Matches, services.Workspace.Audit, services.Assignments, services.Workspace.ErasureKey)
        {
            StepCompleted = (step, _) => step == Privacy.ErasureStep.Decisions ? throw new InvalidOperationException("simulated crash") : Task.CompletedTask,
        };
        await Assert.ThrowsAsync<InvalidOperationException>(() => crashing.EraseAsync("E-0001", confirmed: true));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/profiles/E-0001", Callers.Staff)).StatusCode);

        _host = await _host.RestartAsync(); // start-up work finishes the pending erasure before the host is ready

        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, "/api/profiles/E-0001", Callers.Staff)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, "/api/profiles/E-0001", Callers.Expert)).StatusCode);
    }

    [Fact]
    public async Task ExportProfile_Assignments_NameRolesNotStaffOrMembers()
    {
        await ApprovedAssignmentAsync();

        var export = await SendAsync(HttpMethod.Get, "/api/profiles/E-0001/export", Callers.Expert);

        var text = await export.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var history = JsonDocument.Parse(text).RootElement.GetProperty("assignments")[0].GetProperty("history").EnumerateArray();
        Assert.Equal(["staff", "staff", "expert", "institution", "staff"], history.Select(t => t.GetProperty("by").GetString()));
    }

    [Fact]
    public async Task Reschedule_Staff_MovesTheDatesAndEveryoneSeesTheChange()
    {
        var id = await ApprovedAssignmentAsync();

        var moved = await SendAsync(HttpMethod.Put, $"/api/assignments/{id}/dates", Callers.Staff, """{"from":"2027-04-05","to":"2027-04-25","reason":"the ward opens later"}""");

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var body = await moved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("2027-04-05", "2027-04-25", "approved"), (body.GetProperty("from").GetString(), body.GetProperty("to").GetString(), body.GetProperty("state").GetString()));
        var seen = await (await SendAsync(HttpMethod.Get, $"/api/assignments/{id}", Callers.Expert)).Content.ReadFromJsonAsync<JsonElement>();
        var change = Assert.Single(seen.GetProperty("reschedules").EnumerateArray());
        Assert.Equal(("2027-03-01", "2027-03-30", "staff"), (change.GetProperty("previousFrom").GetString(), change.GetProperty("previousTo").GetString(), change.GetProperty("by").GetString()));
        var audit = await (await SendAsync(HttpMethod.Get, $"/api/audit?subject={id}", Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("assignments.rescheduled", audit.GetProperty("events").EnumerateArray().Last().GetProperty("action").GetString());
    }

    [Theory]
    [InlineData("""{"from":"2027-04-05"}""", 400)]
    [InlineData("""{"from":"2027-04-05","to":"soon"}""", 400)]
    [InlineData("""{"from":"2027-04-05","to":"2027-04-25","extra":1}""", 400)]
    [InlineData("""{"from":"2027-04-25","to":"2027-04-05"}""", 400)]
    [InlineData("""{"from":"2027-06-20","to":"2027-07-10"}""", 400)]
    [InlineData("""[1,2]""", 400)]
    [InlineData("""{"from":"2027-04-05","to":"2027-04-25"}""", 403, "institution")]
    [InlineData("""{"from":"2027-04-05","to":"2027-04-25"}""", 403, "expert")]
    [InlineData("""{"from":"2027-04-05","to":"2027-04-25"}""", 404, "staff", "A-NOPE")]
    [InlineData("""{"from":"2027-04-05","to":"2027-04-25"}""", 400, "staff", "not an id")]
    public async Task Reschedule_Refused_IsAPreciseProblemAndChangesNothing(string json, int status, string by = "staff", string? target = null)
    {
        var id = await ApprovedAssignmentAsync();
        var before = (await SendAsync(HttpMethod.Get, $"/api/assignments/{id}", Callers.Staff)).Headers.ETag;
        var caller = by switch { "institution" => Callers.Institution, "expert" => Callers.Expert, _ => Callers.Staff };

        var response = await SendAsync(HttpMethod.Put, $"/api/assignments/{Uri.EscapeDataString(target ?? id)}/dates", caller, json);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, (await SendAsync(HttpMethod.Get, $"/api/assignments/{id}", Callers.Staff)).Headers.ETag);
    }

    [Theory]
    [InlineData("fr", """{"from":"2027-02-20","to":"2027-03-10"}""", "from", "outsideWindow", "Choisissez des dates dans la période du besoin, du 2027-03-01 au 2027-06-30.")]
    [InlineData("en", """{"from":"2027-04-20","to":"2027-07-10"}""", "to", "outsideWindow", "Choose dates within the need's window, 2027-03-01 to 2027-06-30.")]
    [InlineData("nl", """{"from":"2027-04-25","to":"2027-04-05"}""", "to", "toBeforeFrom", "Het einde ligt vóór het begin (2027-04-25).")]
    public async Task Reschedule_BadDates_TheFieldAtFaultInTheReadersLanguage(string language, string json, string path, string code, string text)
    {
        var id = await ApprovedAssignmentAsync();

        var response = await SendAsync(HttpMethod.Put, $"/api/assignments/{id}/dates?lang={language}", Callers.Staff, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldErrors").EnumerateArray());
        Assert.Equal((path, code, text), (error.GetProperty("path").GetString(), error.GetProperty("code").GetString(), error.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Reschedule_OverAnotherBooking_Is409NamingItAsData()
    {
        var first = await ApprovedAssignmentAsync();
        var otherNeed = LocalHostTests.Need.Replace("\"N-0001\"", "\"N-0002\"", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/needs", Callers.Institution, otherNeed)).StatusCode);
        var created = await SendAsync(HttpMethod.Post, "/api/assignments", Callers.Staff, """{"needId":"N-0002","expertId":"E-0001","from":"2027-04-01","to":"2027-04-10"}""");
        var second = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal("proposed", await StateOf(await MoveAsync(second, Callers.Staff, "proposed")));
        Assert.Equal("accepted", await StateOf(await MoveAsync(second, Callers.Expert, "accepted")));
        Assert.Equal("confirmed", await StateOf(await MoveAsync(second, Callers.Institution, "confirmed")));
        Assert.Equal("approved", await StateOf(await MoveAsync(second, Callers.Staff, "approved")));

        var refused = await SendAsync(HttpMethod.Put, $"/api/assignments/{second}/dates", Callers.Staff, """{"from":"2027-03-25","to":"2027-04-05"}""");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var booking = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("booking");
        Assert.Equal((first, "2027-03-01", "2027-03-30"), (booking.GetProperty("assignmentId").GetString(), booking.GetProperty("from").GetString(), booking.GetProperty("to").GetString()));
        Assert.Equal("2027-04-01", (await (await SendAsync(HttpMethod.Get, $"/api/assignments/{second}", Callers.Staff)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("from").GetString());
    }

    [Fact]
    public async Task Approve_PositionsFilled_Is409NamingTheCountAsData()
    {
        await ApprovedAssignmentAsync();
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/profiles", Callers.OtherExpert, LocalHostTests.Profile.Replace("E-0001", "E-0002", StringComparison.Ordinal))).StatusCode);
        var created = await SendAsync(HttpMethod.Post, "/api/assignments", Callers.Staff, """{"needId":"N-0001","expertId":"E-0002","from":"2027-04-01","to":"2027-04-10"}""");
        var second = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal("proposed", await StateOf(await MoveAsync(second, Callers.Staff, "proposed")));
        Assert.Equal("accepted", await StateOf(await MoveAsync(second, Callers.OtherExpert, "accepted")));
        Assert.Equal("confirmed", await StateOf(await MoveAsync(second, Callers.Institution, "confirmed")));

        var refused = await MoveAsync(second, Callers.Staff, "approved");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(1, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("positionsFilled").GetInt32());
    }

    [Fact]
    public async Task Reschedule_Completed_Is409()
    {
        var id = await ApprovedAssignmentAsync();
        Assert.Equal("in-progress", await StateOf(await MoveAsync(id, Callers.Staff, "in-progress")));
        var completed = await SendAsync(HttpMethod.Post, $"/api/assignments/{id}/transitions", Callers.Staff, """{"to":"completed","rating":5}""");
        Assert.Equal("completed", await StateOf(completed));

        var refused = await SendAsync(HttpMethod.Put, $"/api/assignments/{id}/dates", Callers.Staff, """{"from":"2027-04-05","to":"2027-04-25"}""");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("a completed assignment keeps its dates", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The organisation, E-0001, N-0001 and an assignment walked to approved; returns its id.</summary>
    private async Task<string> ApprovedAssignmentAsync()
    {
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/organisations", Callers.Staff, LocalHostTests.Organisation)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/profiles", Callers.Expert, LocalHostTests.Profile)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Post, "/api/needs", Callers.Institution, LocalHostTests.Need)).StatusCode);
        var created = await SendAsync(HttpMethod.Post, "/api/assignments", Callers.Staff, """{"needId":"N-0001","expertId":"E-0001","from":"2027-03-01","to":"2027-03-30"}""");
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal("proposed", await StateOf(await MoveAsync(id, Callers.Staff, "proposed")));
        Assert.Equal("accepted", await StateOf(await MoveAsync(id, Callers.Expert, "accepted")));
        Assert.Equal("confirmed", await StateOf(await MoveAsync(id, Callers.Institution, "confirmed")));
        Assert.Equal("approved", await StateOf(await MoveAsync(id, Callers.Staff, "approved")));
        return id;
    }
}
