using System.Text.Json.Nodes;
using DiasporaMatch.Assignments;
using DiasporaMatch.Records;
using DiasporaMatch.TestSupport;
using MimeKit;
using static DiasporaMatch.TestSupport.AssignmentSeed;

namespace DiasporaMatch.Notifications;

/// <summary>The outbox and the sender against a real SMTP server on loopback.</summary>
public sealed class NotificationSenderTests : IAsyncLifetime
{
    private const string InstitutionAddress = "chu@example.ma";
    private const string StaffAddress = "staff@example.org";
    private const string ExpertAddress = "nadia@example.org";

    private readonly TestWorkspace _test = new();
    private readonly SmtpSink _smtp = new();

    private NotificationMailOptions Options => new()
    {
        Host = "127.0.0.1",
        Port = _smtp.Port,
        StartTls = false,
        Sender = "programme@diasporamatch.example",
        StaffAddress = StaffAddress,
        RetryDelay = TimeSpan.FromMinutes(1),
        Lease = TimeSpan.FromMinutes(2),
        MaxAttempts = 3,
    };

    public async Task InitializeAsync()
    {
        await SeedAsync(_test.Workspace, experts: 1);
        // These tests are about the assignment messages: the need's first-candidates mail to staff (NotificationEventTests) stays in-app.
        await new NotificationPreferenceStore(_test.Workspace.Store).SaveAsync(new NotificationPreferences { Role = "staff", RecipientId = "staff", EmailOff = [NotificationCategories.Needs] });
        await PatchAsync(RecordKind.Profiles, "E-0001", r => r["preferredLanguage"] = "nl");
        await PatchAsync(RecordKind.Organisations, Organisation, r =>
        {
            r["email"] = InstitutionAddress;
            r["preferredLanguage"] = "ar";
        });
    }

    public async Task DisposeAsync()
    {
        _smtp.Dispose();
        await _test.DisposeAsync();
    }

    [Fact]
    public async Task DrainOnce_FullJourney_SendsEachEventOnceToTheRightPeopleInTheirLanguage()
    {
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Completed);

        var sent = await NewSender().DrainOnceAsync();
        var again = await NewSender().DrainOnceAsync();

        var messages = _smtp.Messages();
        Assert.Equal(9, sent);
        Assert.Equal(0, again);
        Assert.Equal(9, messages.Select(m => m.MessageId).Distinct().Count());
        var received = messages
            .Select(m => $"{Title(m)} -> {m.To.Mailboxes.Single().Address} [{m.Body!.Headers[HeaderId.ContentLanguage]}]")
            .Order(StringComparer.Ordinal);
        string[] expected =
        [
            $"Missie afgerond -> {ExpertAddress} [nl]",
            $"Missie bevestigd -> {ExpertAddress} [nl]",
            $"Missie goedgekeurd -> {ExpertAddress} [nl]",
            $"Mission acceptée -> {StaffAddress} [fr]",
            $"Mission confirmée -> {StaffAddress} [fr]",
            $"Nieuw missievoorstel -> {ExpertAddress} [nl]",
            $"اكتملت المهمة -> {InstitutionAddress} [ar]",
            $"تم قبول المهمة -> {InstitutionAddress} [ar]",
            $"تمت الموافقة على المهمة -> {InstitutionAddress} [ar]",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), received);
    }

    [Fact]
    public async Task DrainOnce_DeclinedBeforeAcceptance_InstitutionMessageDoesNotNameTheExpert()
    {
        var id = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);
        Assert.True((await _test.Workspace.Assignments.TransitionAsync(id, AssignmentState.Declined, null, Expert("E-0001"))).Succeeded);

        await NewSender().DrainOnceAsync();

        var toInstitution = _smtp.Messages().Single(m => m.To.Mailboxes.Single().Address == InstitutionAddress);
        Assert.DoesNotContain("Nadia", toInstitution.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(ExpertAddress, toInstitution.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("E-0001", toInstitution.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DrainOnce_AfterAcceptance_InstitutionMessageNamesTheExpert()
    {
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Accepted);

        await NewSender().DrainOnceAsync();

        var toInstitution = _smtp.Messages().Single(m => m.To.Mailboxes.Single().Address == InstitutionAddress);
        Assert.Contains("Nadia El Amrani", toInstitution.TextBody, StringComparison.Ordinal);
        Assert.Contains(ExpertAddress, toInstitution.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pump_ChangeWrittenButNeverPumped_FreshOutboxDerivesItOnceEvenFromTheStart()
    {
        // The process that made the change died before any outbox work: the next one finds it in the change log.
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);
        var store = _test.Workspace.Store;

        var first = await new NotificationOutbox(store, _test.Clock).PumpAsync();
        Assert.True(await store.DeleteAsync(NotificationOutbox.CursorKind, "outbox"));
        var replayed = await new NotificationOutbox(store, _test.Clock).PumpAsync();

        Assert.Equal(2, first); // the proposal, and the need's first candidate (to staff)
        Assert.Equal(0, replayed);
        Assert.Single(await AssignmentNotificationsAsync());
        Assert.Equal(2, await Outbox().ScanAsync().CountAsync());
    }

    [Fact]
    public async Task DrainOnce_SenderDiedAfterClaiming_NextSenderSendsOnceAfterTheLease()
    {
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);
        var outbox = Outbox();
        await outbox.PumpAsync();
        var (pending, version) = (await AssignmentNotificationsAsync()).Single();
        // What a sender killed between its claim and its send leaves behind.
        await outbox.ReplaceAsync(pending with { Attempts = 1, ClaimedUntil = _test.Clock.GetUtcNow() + Options.Lease }, version);

        var duringLease = await NewSender().DrainOnceAsync();
        _test.Clock.Advance(Options.Lease + TimeSpan.FromSeconds(1));
        var afterLease = await NewSender().DrainOnceAsync();
        var later = await NewSender().DrainOnceAsync();

        Assert.Equal((0, 1, 0), (duringLease, afterLease, later));
        var message = Assert.Single(_smtp.Messages());
        Assert.Equal($"{pending.Id}@{NotificationRenderer.MessageIdDomain}", message.MessageId);
        Assert.Equal(NotificationStatus.Sent, (await outbox.GetAsync(pending.Id))!.Status);
    }

    [Fact]
    public async Task DrainOnce_ServerRefusesThenRecovers_RetriesWithBackoffAndSendsOnce()
    {
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);
        _smtp.Refusing = true;

        var refused = await NewSender().DrainOnceAsync();
        var notification = (await AssignmentNotificationsAsync()).Single().Notification;
        _smtp.Refusing = false;
        var beforeDelay = await NewSender().DrainOnceAsync();
        _test.Clock.Advance(Options.RetryDelay);
        var afterDelay = await NewSender().DrainOnceAsync();

        Assert.Equal((0, 0, 1), (refused, beforeDelay, afterDelay));
        Assert.Equal(1, notification.Attempts);
        Assert.Contains("451", notification.LastError, StringComparison.Ordinal);
        Assert.Equal(_test.Clock.GetUtcNow(), notification.NextAttemptAt);
        Assert.Single(_smtp.Messages());
    }

    [Fact]
    public async Task DrainOnce_RefusedEveryTime_BacksOffExponentiallyThenRecordsTheFailure()
    {
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);
        _smtp.Refusing = true;
        var delays = new List<TimeSpan>();

        for (var attempt = 0; attempt < Options.MaxAttempts; attempt++)
        {
            await NewSender().DrainOnceAsync();
            var notification = (await AssignmentNotificationsAsync()).Single().Notification;
            delays.Add(notification.NextAttemptAt - _test.Clock.GetUtcNow());
            _test.Clock.Advance(delays[^1]);
        }

        var final = (await AssignmentNotificationsAsync()).Single().Notification;
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4)], delays);
        Assert.Equal(NotificationStatus.Failed, final.Status);
        Assert.Equal(0, await NewSender().DrainOnceAsync());
        Assert.Empty(_smtp.Messages());
    }

    [Fact]
    public async Task DrainOnce_NoServerListening_RecordsTheErrorAndSendsNothing()
    {
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);
        var options = Options;
        options.Port = ClosedPort();

        var sent = await new NotificationSender(Outbox(), new NotificationRenderer(_test.Workspace.Store, options), options, _test.Clock).DrainOnceAsync();

        var notification = (await AssignmentNotificationsAsync()).Single().Notification;
        Assert.Equal(0, sent);
        Assert.Equal((NotificationStatus.Pending, 1), (notification.Status, notification.Attempts));
        Assert.False(string.IsNullOrEmpty(notification.LastError));
    }

    [Fact]
    public async Task DrainOnce_ProposalUnansweredForThreeDays_RemindsTheExpertOnce()
    {
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);
        await NewSender().DrainOnceAsync();

        _test.Clock.Advance(NotificationOutbox.ProposalReminderAfter - TimeSpan.FromMinutes(1));
        var early = await NewSender().DrainOnceAsync();
        _test.Clock.Advance(TimeSpan.FromMinutes(1));
        var due = await NewSender().DrainOnceAsync();
        var again = await NewSender().DrainOnceAsync();

        Assert.Equal((0, 1, 0), (early, due, again));
        var reminder = _smtp.Messages()[^1];
        Assert.Equal((ExpertAddress, "Herinnering: voorstel wacht op uw antwoord: Train NICU nurses"), (reminder.To.Mailboxes.Single().Address, reminder.Subject));
    }

    [Fact]
    public async Task DrainOnce_ApprovedMissionAWeekAway_RemindsBothPartiesOnce()
    {
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Approved, from: "2027-03-01", to: "2027-03-30");
        await NewSender().DrainOnceAsync();
        var before = _smtp.Messages().Count;

        _test.Clock.Advance(new DateTimeOffset(2027, 2, 21, 9, 0, 0, TimeSpan.Zero) - _test.Clock.GetUtcNow());
        var eightDaysBefore = await NewSender().DrainOnceAsync();
        _test.Clock.Advance(TimeSpan.FromDays(1));
        var sevenDaysBefore = await NewSender().DrainOnceAsync();
        _test.Clock.Advance(TimeSpan.FromDays(1));
        var sixDaysBefore = await NewSender().DrainOnceAsync();

        Assert.Equal((0, 2, 0), (eightDaysBefore, sevenDaysBefore, sixDaysBefore));
        var reminders = _smtp.Messages().Skip(before).Select(m => $"{Title(m)} -> {m.To.Mailboxes.Single().Address}").Order(StringComparer.Ordinal);
        Assert.Equal([$"Missie begint binnenkort -> {ExpertAddress}", $"المهمة تبدأ قريبًا -> {InstitutionAddress}"], reminders);
    }

    private static string Title(MimeMessage message) => message.Subject![..message.Subject!.IndexOf(':', StringComparison.Ordinal)];

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private NotificationOutbox Outbox() => new(_test.Workspace.Store, _test.Clock);

    private async Task<List<(Notification Notification, string Version)>> AssignmentNotificationsAsync() =>
        await Outbox().ScanAsync().Where(n => n.Notification.SubjectId is null).ToListAsync();

    private NotificationSender NewSender()
    {
        var options = Options;
        return new NotificationSender(Outbox(), new NotificationRenderer(_test.Workspace.Store, options), options, _test.Clock);
    }

    private async Task PatchAsync(string kind, string id, Action<JsonObject> patch)
    {
        var document = (await _test.Workspace.Store.GetAsync(kind, id))!;
        var record = JsonNode.Parse(document.Json.Span)!.AsObject();
        patch(record);
        var outcome = await _test.Workspace.Records.UpsertAsync(kind, Json.Parse(record.ToJsonString()));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
    }
}
