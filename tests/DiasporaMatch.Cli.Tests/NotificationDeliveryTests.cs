using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Notifications;
using DiasporaMatch.TestSupport;
using Microsoft.Extensions.Options;

namespace DiasporaMatch.Cli;

/// <summary>`dmatch serve` sends notifications through its hosted sender to a real SMTP server on loopback.</summary>
public sealed class NotificationDeliveryTests : IDisposable
{
    private const string Need = """{"id":"N-M1","organisationId":"ORG-CHU","title":"Train NICU nurses","country":"MA","region":"MA-01","sector":"health","requiredSkills":["neonatal care"],"window":{"from":"2027-03-01","to":"2027-06-30"}}""";

    private readonly SmtpSink _smtp = new();

    public void Dispose() => _smtp.Dispose();

    [Fact]
    public async Task Serve_WithSmtpHost_SendsTheProposalOnceToTheExpertInTheirLanguage()
    {
        await using var host = await RunningHost.StartAsync(new LocalHostOptions { Settings = Settings() });
        await PostAsync(host, "/api/organisations", LocalHostTests.Organisation.Replace("\"region\":\"MA-01\"", "\"region\":\"MA-01\",\"email\":\"chu@example.ma\"", StringComparison.Ordinal));
        await PostAsync(host, "/api/profiles", LocalHostTests.Profile.Replace("{\"fullName\"", "{\"id\":\"E-0001\",\"preferredLanguage\":\"en\",\"fullName\"", StringComparison.Ordinal));
        await PostAsync(host, "/api/needs", Need);
        var created = await PostAsync(host, "/api/assignments", """{"needId":"N-M1","expertId":"E-0001","from":"2027-03-01","to":"2027-03-31"}""");
        var id = created.GetProperty("id").GetString()!;

        await PostAsync(host, $"/api/assignments/{id}/transitions", """{"to":"proposed"}""");

        var message = await WaitForSingleMessageAsync("nadia@example.org");
        Assert.Equal("New mission proposal: Train NICU nurses", message.Subject);
        // Signed with the bearer-token key, as no other is configured.
        Assert.StartsWith("<https://dmatch.example/api/notifications/unsubscribe?token=", message.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        // The hosted sender keeps polling: a later pass must not send it again. The other message is the need's first candidate, to staff.
        var sent = await WaitForAsync(async () => await SentCountAsync(host) == 2);
        Assert.True(sent, "the notifications were never recorded as sent");
        Assert.Single(_smtp.Messages(), m => m.To.Mailboxes.Single().Address == "nadia@example.org");
        Assert.Single(_smtp.Messages(), m => m.To.Mailboxes.Single().Address == "staff@example.org");
    }

    [Fact]
    public async Task Serve_BadMailSettings_RefusesToStartWithOneLine()
    {
        var settings = new Dictionary<string, string?>(Settings()) { ["Notifications:Sender"] = "not an address" };

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(async () => await RunningHost.StartAsync(new LocalHostOptions { Settings = settings }));

        Assert.Equal("Notifications:Sender must be an email address", failure.Message);
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["Notifications:Host"] = "127.0.0.1",
        ["Notifications:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Notifications:StartTls"] = "false",
        ["Notifications:Sender"] = "programme@diasporamatch.example",
        ["Notifications:StaffAddress"] = "staff@example.org",
        ["Notifications:PollInterval"] = "00:00:00.200",
        ["Notifications:PublicUrl"] = "https://dmatch.example/",
    };

    private static async Task<int> SentCountAsync(RunningHost host)
    {
        var outbox = new NotificationOutbox(((Hosting.Workspace)host.Services.GetService(typeof(Hosting.Workspace))!).Store, TimeProvider.System);
        return await outbox.ScanAsync().CountAsync(n => n.Notification.Status == NotificationStatus.Sent);
    }

    private async Task<MimeKit.MimeMessage> WaitForSingleMessageAsync(string to)
    {
        Assert.True(await WaitForAsync(() => Task.FromResult(_smtp.Messages().Any(m => m.To.Mailboxes.Single().Address == to))), $"no message to {to} arrived within 30 s");
        return Assert.Single(_smtp.Messages(), m => m.To.Mailboxes.Single().Address == to);
    }

    /// <summary>Polls the condition until it holds or 30 s pass.</summary>
    private static async Task<bool> WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    private static async Task<JsonElement> PostAsync(RunningHost host, string path, string json)
    {
        using var response = await host.Client.SendAsync(host.Request(HttpMethod.Post, path, Callers.Staff, new StringContent(json, Encoding.UTF8, "application/json")));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
