using System.Text.Json.Nodes;
using System.Web;
using DiasporaMatch.Assignments;
using DiasporaMatch.Privacy;
using DiasporaMatch.Records;
using DiasporaMatch.TestSupport;
using static DiasporaMatch.TestSupport.AssignmentSeed;

namespace DiasporaMatch.Notifications;

/// <summary>Email preferences, the daily digest and the signed unsubscribe links, against a real SMTP server.</summary>
public sealed class NotificationPreferenceTests : IAsyncLifetime
{
    private const string Key = "a test key that signs unsubscribe links, 32+ chars";
    private const string ExpertAddress = "nadia@example.org";

    private readonly TestWorkspace _test = new();
    private readonly SmtpSink _smtp = new();

    private NotificationMailOptions Options => new()
    {
        Host = "127.0.0.1",
        Port = _smtp.Port,
        StartTls = false,
        Sender = "programme@diasporamatch.example",
        StaffAddress = "staff@example.org",
        PublicUrl = "https://dmatch.example/",
        UnsubscribeKey = Key,
        DigestHour = 7,
    };

    private NotificationPreferenceStore Preferences => new(_test.Workspace.Store);

    public async Task InitializeAsync() => await SeedAsync(_test.Workspace, experts: 1);

    public async Task DisposeAsync()
    {
        _smtp.Dispose();
        await _test.DisposeAsync();
    }

    [Fact]
    public async Task SaveAsync_LongestValidRecipientId_KeptReadAndRemoved()
    {
        var id = new string('a', Validation.TextChecks.MaxIdLength);

        await Preferences.SaveAsync(new NotificationPreferences { Role = "expert", RecipientId = id, EmailOff = [NotificationCategories.Reminders] });

        Assert.Equal([NotificationCategories.Reminders], (await Preferences.GetAsync("expert", id)).EmailOff);
        Assert.Empty((await Preferences.GetAsync("expert", new string('b', Validation.TextChecks.MaxIdLength))).EmailOff);
        await Preferences.RemoveAsync("expert", id);
        Assert.Null(await _test.Workspace.Store.GetAsync(NotificationPreferenceStore.Kind, NotificationPreferenceStore.IdOf("expert", id)));
    }

    [Fact]
    public async Task DrainOnce_CategoryTurnedOff_SendsNoEmailButKeepsItInApp()
    {
        await Preferences.SaveAsync(new NotificationPreferences { Role = "expert", RecipientId = "E-0001", EmailOff = [NotificationCategories.Assignments] });
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);

        await NewSender().DrainOnceAsync();

        Assert.Empty(ToExpert());
        var kept = Assert.Single(await Outbox().ForRecipientAsync("expert", "E-0001"));
        Assert.Equal(NotificationStatus.Suppressed, kept.Status);
    }

    [Fact]
    public async Task DrainOnce_EveryMessage_CarriesAOneClickUnsubscribeThatWorks()
    {
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);
        await NewSender().DrainOnceAsync();

        var message = Assert.Single(ToExpert());
        var link = message.Headers["List-Unsubscribe"];
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.StartsWith("<https://dmatch.example/api/notifications/unsubscribe?token=", link, StringComparison.Ordinal);
        var token = HttpUtility.ParseQueryString(new Uri(link!.Trim('<', '>')).Query)["token"];
        Assert.Equal(("expert", "E-0001", NotificationCategories.Assignments), Tokens().Read(token));
    }

    [Fact]
    public async Task DrainOnce_DigestChosen_SendsOneMessageAtTheHourGatheringTheDay()
    {
        await Preferences.SaveAsync(new NotificationPreferences { Role = "expert", RecipientId = "E-0001", Digest = true });
        await PatchAsync(r => r["preferredLanguage"] = "en");
        var clock = _test.Clock; // 2026-11-30 09:00: after today's hour, so the day's digest is due tomorrow at 07:00
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Approved);
        await NewSender().DrainOnceAsync();
        var before = ToExpert().Count;
        clock.Advance(TimeSpan.FromHours(22) - TimeSpan.FromMinutes(1)); // 06:59 next day
        await NewSender().DrainOnceAsync();
        var early = ToExpert().Count;
        clock.Advance(TimeSpan.FromMinutes(1));
        var due = await NewSender().DigestAsync();
        var again = await NewSender().DrainOnceAsync();

        Assert.Equal((0, 0, 1, 0), (before, early, due, again));
        var digest = Assert.Single(ToExpert());
        Assert.Equal(("Your notifications of 2026-12-01", ExpertAddress), (digest.Subject, digest.To.Mailboxes.Single().Address));
        // Proposed, confirmed, approved: the expert's three messages of the day, one line each.
        Assert.Equal(3, digest.TextBody!.Split('\n').Count(l => l.StartsWith("• ", StringComparison.Ordinal)));
        Assert.Contains("List-Unsubscribe", digest.Headers.Select(h => h.Field));
        Assert.All(await Outbox().ForRecipientAsync("expert", "E-0001"), n => Assert.Equal(NotificationStatus.Sent, n.Status));
    }

    [Fact]
    public async Task Unsubscribe_ThroughTheLink_TurnsOnlyThatCategoryOff()
    {
        var token = Tokens().Create("expert", "E-0001", NotificationCategories.Reminders);
        var target = Tokens().Read(token)!.Value;

        await Preferences.UnsubscribeAsync(target.Role, target.RecipientId, target.Category);

        var preferences = await Preferences.GetAsync("expert", "E-0001");
        Assert.Equal([NotificationCategories.Reminders], preferences.EmailOff);
        Assert.True(preferences.Emails(NotificationCategories.Assignments));
    }

    [Fact]
    public void Read_TamperedToken_IsNothing()
    {
        var token = Tokens().Create("expert", "E-0001", NotificationCategories.Reminders);
        var forged = Tokens().Create("expert", "E-0002", NotificationCategories.Reminders);
        // Someone else's payload under this token's signature, and a flipped signature character.
        var swapped = forged.Split('.')[0] + "." + token.Split('.')[1];
        var flipped = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');

        Assert.Null(Tokens().Read(swapped));
        Assert.Null(Tokens().Read(flipped));
        Assert.Null(new UnsubscribeTokens("another key"u8.ToArray(), _test.Clock).Read(token));
        Assert.Null(Tokens().Read("not-a-token"));
        Assert.Null(Tokens().Read(""));
    }

    [Fact]
    public void Read_ExpiredToken_IsNothing()
    {
        var token = Tokens().Create("expert", "E-0001", NotificationCategories.Reminders);

        _test.Clock.Advance(UnsubscribeTokens.Lifetime - TimeSpan.FromSeconds(1));
        var stillGood = Tokens().Read(token);
        _test.Clock.Advance(TimeSpan.FromSeconds(2));

        Assert.NotNull(stillGood);
        Assert.Null(Tokens().Read(token));
    }

    [Fact]
    public async Task Erase_ExpertWithPreferences_RemovesThem()
    {
        await Preferences.SaveAsync(new NotificationPreferences { Role = "expert", RecipientId = "E-0001", Digest = true, EmailOff = [NotificationCategories.Opportunities] });

        using (var matches = await _test.Workspace.OpenMatchServiceAsync())
        {
            var erasure = new ErasureService(_test.Workspace.Store, matches, _test.Workspace.Audit, _test.Workspace.Assignments, _test.Workspace.ErasureKey);
            Assert.Equal(ErasureOutcome.Erased, (await erasure.EraseAsync("E-0001", confirmed: false)).Outcome);
        }

        Assert.Null(await _test.Workspace.Store.GetAsync(NotificationPreferenceStore.Kind, NotificationPreferenceStore.IdOf("expert", "E-0001")));
    }

    private List<MimeKit.MimeMessage> ToExpert() => [.. _smtp.Messages().Where(m => m.To.Mailboxes.Single().Address == ExpertAddress)];

    private UnsubscribeTokens Tokens() => Options.UnsubscribeTokens(_test.Clock)!;

    private NotificationOutbox Outbox() => new(_test.Workspace.Store, _test.Clock);

    private NotificationSender NewSender()
    {
        var options = Options;
        return new NotificationSender(Outbox(), new NotificationRenderer(_test.Workspace.Store, options, _test.Clock), options, _test.Clock);
    }

    private async Task PatchAsync(Action<JsonObject> patch)
    {
        var document = (await _test.Workspace.Store.GetAsync(RecordKind.Profiles, "E-0001"))!;
        var record = JsonNode.Parse(document.Json.Span)!.AsObject();
        patch(record);
        var outcome = await _test.Workspace.Records.UpsertAsync(RecordKind.Profiles, Json.Parse(record.ToJsonString()));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
    }
}
