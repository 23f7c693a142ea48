using System.Text;
using System.Text.Json.Nodes;
using DiasporaMatch.Assignments;
using DiasporaMatch.Records;
using DiasporaMatch.TestSupport;
using MimeKit;
using static DiasporaMatch.TestSupport.AssignmentSeed;

namespace DiasporaMatch.Notifications;

public sealed class NotificationRendererTests : IAsyncLifetime
{
    private readonly TestWorkspace _test = new();

    private static NotificationMailOptions Options => new() { Host = "127.0.0.1", Sender = "programme@diasporamatch.example", StaffAddress = "staff@example.org" };

    public async Task InitializeAsync() => await SeedAsync(_test.Workspace, experts: 1);

    public async Task DisposeAsync() => await _test.DisposeAsync();

    [Theory]
    [InlineData("fr", "Nouvelle proposition de mission", "ltr")]
    [InlineData("ar", "اقتراح مهمة جديد", "rtl")]
    [InlineData("en", "New mission proposal", "ltr")]
    [InlineData("nl", "Nieuw missievoorstel", "ltr")]
    public async Task Render_EachLanguage_UsesItsWordingAndDirection(string language, string title, string direction)
    {
        await PatchRawAsync(RecordKind.Profiles, "E-0001", r => r["preferredLanguage"] = language);
        var message = await RenderOnlyAsync(AssignmentState.Proposed, "expert");

        Assert.Equal($"{title}: Train NICU nurses", message.Subject);
        Assert.Contains($"<html lang=\"{language}\" dir=\"{direction}\">", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Nadia El Amrani", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("2027-03-01", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_UnknownLanguage_FallsBackToFrench()
    {
        await PatchRawAsync(RecordKind.Profiles, "E-0001", r => r["preferredLanguage"] = "de");
        var message = await RenderOnlyAsync(AssignmentState.Proposed, "expert");

        Assert.StartsWith("Nouvelle proposition de mission", message.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_HostileRecordText_IsEscapedAndCannotInjectHeaders()
    {
        await PatchRawAsync(RecordKind.Profiles, "E-0001", r => r["fullName"] = "<script>alert(1)</script>\u202Eevil");
        await PatchRawAsync(RecordKind.Needs, "N-0001", r => r["title"] = "Nurses\r\nBcc: victim@example.org");
        var message = await RenderOnlyAsync(AssignmentState.Proposed, "expert");

        var wire = Wire(message);
        Assert.DoesNotContain("<script>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("\nBcc:", wire, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(message.Bcc);
        Assert.Equal("Nouvelle proposition de mission: Nurses Bcc: victim@example.org", message.Subject);
    }

    [Fact]
    public async Task Render_Approved_CarriesAnInvitationBothParsersRead()
    {
        var message = await RenderOnlyAsync(AssignmentState.Approved, "expert");

        var ics = Invitation(message);
        var calendar = Ical.Net.Calendar.Load(ics)!;
        var evt = Assert.Single(calendar.Events);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal(new DateOnly(2027, 3, 1), DateOnly.FromDateTime(evt.DtStart!.Value));
        Assert.Equal(new DateOnly(2027, 3, 31), DateOnly.FromDateTime(evt.DtEnd!.Value));
        Assert.Equal("Tanger, MA-01, MA", evt.Location);
        var python = PythonIcalendar.Parse(ics);
        Assert.Equal(["REQUEST", $"{AssignmentCalendar.Uid(evt.Uid!.Split('@')[0])}|2027-03-01|2027-03-31|CONFIRMED|Tanger, MA-01, MA"], python);
    }

    [Fact]
    public async Task Render_CancelledAfterApproval_CancelsTheSameEvent()
    {
        var id = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Approved);
        Assert.True((await _test.Workspace.Assignments.TransitionAsync(id, AssignmentState.Cancelled, "the hospital closed the ward", Staff)).Succeeded);
        var outbox = new NotificationOutbox(_test.Workspace.Store, _test.Clock);
        await outbox.PumpAsync();
        var renderer = new NotificationRenderer(_test.Workspace.Store, Options);
        var all = await outbox.ScanAsync().Select(n => n.Notification).Where(n => n.RecipientRole == "expert").ToListAsync();

        var approved = Invitation((await renderer.RenderAsync(all.Single(n => n.Event == "approved"))).Message!);
        var cancelled = Invitation((await renderer.RenderAsync(all.Single(n => n.Event == "cancelled"))).Message!);

        var request = Ical.Net.Calendar.Load(approved)!;
        var cancel = Ical.Net.Calendar.Load(cancelled)!;
        Assert.Equal(("REQUEST", "CANCEL"), (request.Method, cancel.Method));
        Assert.Equal(request.Events.Single().Uid, cancel.Events.Single().Uid);
        Assert.True(cancel.Events.Single().Sequence > request.Events.Single().Sequence);
        Assert.Equal("CANCEL", PythonIcalendar.Parse(cancelled)[0]);
        Assert.EndsWith("|CANCELLED|Tanger, MA-01, MA", PythonIcalendar.Parse(cancelled)[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_RescheduledAfterApproval_UpdatesTheSameEventForBothParties()
    {
        var id = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Approved);
        var outbox = new NotificationOutbox(_test.Workspace.Store, _test.Clock);
        var renderer = new NotificationRenderer(_test.Workspace.Store, Options);
        await outbox.PumpAsync();
        var approval = await outbox.ScanAsync().Select(n => n.Notification).SingleAsync(n => n.Event == "approved" && n.RecipientRole == "expert");
        var approved = Ical.Net.Calendar.Load(Invitation((await renderer.RenderAsync(approval)).Message!))!;

        Assert.True((await _test.Workspace.Assignments.RescheduleAsync(id, new(2027, 4, 5), new(2027, 4, 25), "the ward opens later", Staff)).Succeeded);
        await outbox.PumpAsync();

        var rescheduled = await outbox.ScanAsync().Select(n => n.Notification).Where(n => n.Event == NotificationOutbox.Events.Rescheduled).ToListAsync();
        Assert.Equal(["expert", "institution"], rescheduled.Select(n => n.RecipientRole).Order(StringComparer.Ordinal));
        var message = (await renderer.RenderAsync(rescheduled.Single(n => n.RecipientRole == "expert"))).Message!;
        Assert.StartsWith("Dates de mission modifiées", message.Subject, StringComparison.Ordinal);
        Assert.Contains("2027-04-05", message.TextBody, StringComparison.Ordinal);
        var update = Invitation(message);
        var updated = Ical.Net.Calendar.Load(update)!;
        Assert.Equal("REQUEST", updated.Method);
        Assert.Equal(approved.Events.Single().Uid, updated.Events.Single().Uid);
        Assert.True(updated.Events.Single().Sequence > approved.Events.Single().Sequence);
        Assert.Equal(["REQUEST", $"{AssignmentCalendar.Uid(id)}|2027-04-05|2027-04-26|CONFIRMED|Tanger, MA-01, MA"], PythonIcalendar.Parse(update));
        Assert.Equal(0, await outbox.PumpAsync());
    }

    [Fact]
    public async Task Pump_RescheduledBeforeProposal_TellsNobody()
    {
        var id = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Shortlisted);
        Assert.True((await _test.Workspace.Assignments.RescheduleAsync(id, new(2027, 4, 5), new(2027, 4, 25), null, Staff)).Succeeded);
        var outbox = new NotificationOutbox(_test.Workspace.Store, _test.Clock);
        await outbox.PumpAsync();

        Assert.DoesNotContain(await outbox.ScanAsync().Select(n => n.Notification).ToListAsync(), n => n.Event == NotificationOutbox.Events.Rescheduled);
    }

    [Fact]
    public async Task Render_StaffMessage_HasNoNamesAndNoInvitation()
    {
        var message = await RenderOnlyAsync(AssignmentState.Accepted, "staff");

        Assert.Equal("staff@example.org", message.To.Mailboxes.Single().Address);
        Assert.DoesNotContain("Nadia", message.TextBody, StringComparison.Ordinal);
        Assert.Empty(message.Attachments);
    }

    [Fact]
    public async Task Render_InstitutionWithoutAddress_SaysWhy()
    {
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Accepted);
        var outbox = new NotificationOutbox(_test.Workspace.Store, _test.Clock);
        await outbox.PumpAsync();
        var notification = await outbox.ScanAsync().Select(n => n.Notification).SingleAsync(n => n.RecipientRole == "institution");

        var (message, problem) = await new NotificationRenderer(_test.Workspace.Store, Options).RenderAsync(notification);

        Assert.Null(message);
        Assert.Equal("the institution has no usable email address", problem);
    }

    private static string Wire(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Invitation(MimeMessage message)
    {
        var part = message.Attachments.OfType<MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Walks the assignment to <paramref name="state"/> and renders the one notification of that state for <paramref name="role"/>.</summary>
    private async Task<MimeMessage> RenderOnlyAsync(AssignmentState state, string role)
    {
        await WalkAsync(_test.Workspace, "E-0001", state);
        var outbox = new NotificationOutbox(_test.Workspace.Store, _test.Clock);
        await outbox.PumpAsync();
        var notification = await outbox.ScanAsync().Select(n => n.Notification)
            .SingleAsync(n => n.RecipientRole == role && n.Event == AssignmentWorkflow.Name(state));
        var (message, problem) = await new NotificationRenderer(_test.Workspace.Store, Options).RenderAsync(notification);
        return message ?? throw new InvalidOperationException(problem);
    }

    /// <summary>Writes the record straight to the store, as an import or an old version might have: the renderer must cope with anything stored.</summary>
    private async Task PatchRawAsync(string kind, string id, Action<JsonObject> patch)
    {
        var document = (await _test.Workspace.Store.GetAsync(kind, id))!;
        var record = JsonNode.Parse(document.Json.Span)!.AsObject();
        patch(record);
        await _test.Workspace.Store.ReplaceAsync(kind, id, Encoding.UTF8.GetBytes(record.ToJsonString()), document.Version);
    }
}
