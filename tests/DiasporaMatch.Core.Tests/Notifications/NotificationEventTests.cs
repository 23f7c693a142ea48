using System.Text.Json.Nodes;
using DiasporaMatch.Access;
using DiasporaMatch.Assignments;
using DiasporaMatch.Privacy;
using DiasporaMatch.Records;
using DiasporaMatch.TestSupport;
using MimeKit;
using static DiasporaMatch.TestSupport.AssignmentSeed;

namespace DiasporaMatch.Notifications;

/// <summary>The events beyond assignments and the staff reminders, each sent once to the right people, against a real SMTP server.</summary>
public sealed class NotificationEventTests : IAsyncLifetime
{
    private const string StaffAddress = "staff@example.org";
    private const string InvestorAddress = "investor@example.org";

    private readonly TestWorkspace _test = new();
    private readonly SmtpSink _smtp = new();

    private NotificationMailOptions Options => new()
    {
        Host = "127.0.0.1",
        Port = _smtp.Port,
        StartTls = false,
        Sender = "programme@diasporamatch.example",
        StaffAddress = StaffAddress,
    };

    public async Task InitializeAsync()
    {
        await SeedAsync(_test.Workspace, experts: 3);
        await PatchAsync(RecordKind.Profiles, "E-0001", r =>
        {
            r["email"] = InvestorAddress;
            r["preferredLanguage"] = "ar";
        });
        await PatchAsync(RecordKind.Profiles, "E-0002", r => r["investment"]!["sectors"] = new JsonArray("tourism"));
        await PatchAsync(RecordKind.Profiles, "E-0003", r => r.Remove("investment"));
    }

    public async Task DisposeAsync()
    {
        _smtp.Dispose();
        await _test.DisposeAsync();
    }

    [Fact]
    public async Task DrainOnce_NeedGetsTwoCandidates_TellsStaffOfTheFirstOnce()
    {
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Shortlisted);
        await NewSender().DrainOnceAsync();
        await WalkAsync(_test.Workspace, "E-0002", AssignmentState.Shortlisted, from: "2027-04-01", to: "2027-04-30");
        await NewSender().DrainOnceAsync();

        var message = Assert.Single(Titled("Premiers candidats"));
        Assert.Equal(StaffAddress, message.To.Mailboxes.Single().Address);
        Assert.Contains("Train NICU nurses", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DrainOnce_NewOpportunity_TellsOnlyTheMatchingInvestorInTheirLanguageOnce()
    {
        await UpsertOpportunityAsync("Olive oil press");
        await NewSender().DrainOnceAsync();
        await UpsertOpportunityAsync("Olive oil press, second round"); // an update is not news
        await NewSender().DrainOnceAsync();

        var message = Assert.Single(_smtp.Messages());
        Assert.Equal(InvestorAddress, message.To.Mailboxes.Single().Address);
        Assert.Equal("فرصة جديدة لك: Olive oil press", message.Subject);
        Assert.Equal("ar", message.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Contains("dir=\"rtl\"", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DrainOnce_ImportRun_TellsTheStaffMemberWhoRanItOnce()
    {
        var staff = new Caller(Role.Staff, "STAFF-7");
        await _test.Workspace.Audit.AppendAsync(staff, NotificationOutbox.ImportAuditAction, "imports", "profiles", null, "records 3, created 3, updated 0, rejected 0");
        await _test.Workspace.Audit.AppendAsync(staff, "needs.update", "needs", "N-0001", null, null); // not an import

        var sent = await NewSender().DrainOnceAsync();
        var again = await NewSender().DrainOnceAsync();

        Assert.Equal((1, 0), (sent, again));
        var message = Assert.Single(_smtp.Messages());
        Assert.Equal(("Rapport d'import disponible: profiles", StaffAddress), (message.Subject, message.To.Mailboxes.Single().Address));
        Assert.Contains("records 3, created 3", message.TextBody, StringComparison.Ordinal);
        var notification = (await Outbox().ScanAsync().ToListAsync()).Single().Notification;
        Assert.Equal(("staff", "STAFF-7"), (notification.RecipientRole, notification.RecipientId));
    }

    [Fact]
    public async Task DrainOnce_ErasureDone_TellsStaffOnceWithoutNamingThePerson()
    {
        using (var matches = await _test.Workspace.OpenMatchServiceAsync())
        {
            var erasure = new ErasureService(_test.Workspace.Store, matches, _test.Workspace.Audit, _test.Workspace.Assignments, _test.Workspace.ErasureKey);
            Assert.Equal(ErasureOutcome.Erased, (await erasure.EraseAsync("E-0003", confirmed: false)).Outcome);
        }

        await NewSender().DrainOnceAsync();
        await NewSender().DrainOnceAsync();

        var message = Assert.Single(_smtp.Messages());
        Assert.Equal(("Effacement terminé", StaffAddress), (message.Subject, message.To.Mailboxes.Single().Address));
        Assert.DoesNotContain("E-0003", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Nadia", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DrainOnce_NeedWithoutShortlistForAWeek_RemindsStaffOnceAndNotForANeedWithCandidates()
    {
        await SeedAsync(_test.Workspace, experts: 0, needId: "N-0002");
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Shortlisted, needId: "N-0002");
        await NewSender().DrainOnceAsync();

        _test.Clock.Advance(NotificationOutbox.NeedShortlistReminderAfter - TimeSpan.FromMinutes(1));
        await NewSender().DrainOnceAsync();
        var early = Titled("Besoin sans présélection").Count;
        _test.Clock.Advance(TimeSpan.FromMinutes(1));
        await NewSender().DrainOnceAsync();
        await NewSender().DrainOnceAsync();

        var reminder = Assert.Single(Titled("Besoin sans présélection"));
        Assert.Equal(0, early);
        Assert.Equal(StaffAddress, reminder.To.Mailboxes.Single().Address);
        Assert.Contains("N-0001", reminder.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DrainOnce_ProposalUnansweredAfterTheExpertsReminder_EscalatesToStaffOnce()
    {
        await WalkAsync(_test.Workspace, "E-0002", AssignmentState.Proposed);
        await NewSender().DrainOnceAsync();

        _test.Clock.Advance(NotificationOutbox.ProposalReminderAfter);
        await NewSender().DrainOnceAsync();
        var afterExpertReminder = Titled("Proposition sans réponse").Count;
        _test.Clock.Advance(NotificationOutbox.ProposalEscalationAfter - NotificationOutbox.ProposalReminderAfter);
        await NewSender().DrainOnceAsync();
        _test.Clock.Advance(TimeSpan.FromDays(1));
        await NewSender().DrainOnceAsync();

        Assert.Equal(0, afterExpertReminder);
        var escalation = Assert.Single(Titled("Proposition sans réponse"));
        Assert.Equal(StaffAddress, escalation.To.Mailboxes.Single().Address);
        Assert.DoesNotContain("Nadia", escalation.TextBody, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> EventsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in NotificationTemplates.Languages)
        {
            foreach (var name in (string[])[NotificationOutbox.Events.NeedCandidates, NotificationOutbox.Events.NeedNoShortlist, NotificationOutbox.Events.OpportunityMatch,
                         NotificationOutbox.Events.ImportReady, NotificationOutbox.Events.ErasureDone, NotificationOutbox.Events.ReminderProposalStaff])
            {
                data.Add(language, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EventsAndLanguages))]
    public void Templates_EveryNewEvent_HasATitleAndTextInEachLanguage(string language, string eventName)
    {
        Assert.False(string.IsNullOrWhiteSpace(NotificationTemplates.Text(language, eventName + ".title")));
        Assert.False(string.IsNullOrWhiteSpace(NotificationTemplates.Text(language, eventName)));
        if (language != "fr")
        {
            Assert.NotEqual(NotificationTemplates.Text("fr", eventName), NotificationTemplates.Text(language, eventName));
        }
    }

    private List<MimeMessage> Titled(string title) =>
        [.. _smtp.Messages().Where(m => m.Subject!.StartsWith(title, StringComparison.Ordinal))];

    private async Task UpsertOpportunityAsync(string title)
    {
        var opportunity = new JsonObject
        {
            ["id"] = "O-0001",
            ["organisationId"] = Organisation,
            ["title"] = title,
            ["country"] = "MA",
            ["region"] = "MA-01",
            ["sector"] = "agri-food",
            ["amountSoughtEur"] = 80000,
        };
        var outcome = await _test.Workspace.Records.UpsertAsync(RecordKind.Opportunities, Json.Parse(opportunity.ToJsonString()));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
    }

    private NotificationOutbox Outbox() => new(_test.Workspace.Store, _test.Clock);

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
