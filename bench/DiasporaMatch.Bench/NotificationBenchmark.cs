using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Assignments;
using DiasporaMatch.Hosting;
using DiasporaMatch.Notifications;
using DiasporaMatch.Records;

namespace DiasporaMatch.Bench;

/// <summary>
/// A burst of N notifications drained by one <see cref="NotificationSender"/> to a real SMTP server on loopback
/// (tests/DiasporaMatch.Core.Tests/TestSupport/smtp_sink.py, Debian's python3-aiosmtpd), over a durable store:
/// each message is claimed, rendered from the records, sent and recorded sent.
/// </summary>
internal static class NotificationBenchmark
{
    private const int Assignments = 100;

    public static async Task RunAsync(int count)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dmatch-notify-bench-" + Guid.NewGuid().ToString("N"));
        var mail = Path.Combine(folder, "mail");
        Directory.CreateDirectory(mail);
        var port = FreePort();
        using var sink = StartSink(port, mail);
        try
        {
            await using var workspace = Workspace.Open(Path.Combine(folder, "data"), new WorkspaceOptions { Seed = 1 });
            var ids = await SeedAsync(workspace);
            var now = workspace.Time.GetUtcNow();
            for (var i = 0; i < count; i++)
            {
                var notification = new Notification
                {
                    Id = $"NT-bench-{i:D6}",
                    AssignmentId = ids[i % ids.Count],
                    Event = "proposed",
                    Transition = 1,
                    RecipientRole = "expert",
                    RecipientId = $"E-{i % Assignments:D4}",
                    CreatedAt = now,
                    NextAttemptAt = now,
                };
                await workspace.Store.CreateAsync(NotificationOutbox.Kind, notification.Id, JsonSerializer.SerializeToUtf8Bytes(notification, RecordJson.Options));
            }

            var options = new NotificationMailOptions { Host = "127.0.0.1", Port = port, StartTls = false, Sender = "programme@diasporamatch.example", StaffAddress = "staff@example.org" };
            var outbox = new NotificationOutbox(workspace.Store, workspace.Time);
            var sender = new NotificationSender(outbox, new NotificationRenderer(workspace.Store, options), options, workspace.Time);
            Console.WriteLine($"notify: {count:N0} notifications, cores {Environment.ProcessorCount}, load {File.ReadAllText("/proc/loadavg").Trim()}");
            var clock = Stopwatch.StartNew();
            var sent = 0;
            while (sent < count + Assignments && clock.Elapsed < TimeSpan.FromMinutes(5))
            {
                var pass = await sender.DrainOnceAsync();
                sent += pass;
                if (pass == 0)
                {
                    break;
                }
            }

            clock.Stop();
            var received = Directory.GetFiles(mail, "*.eml").Length;
            Console.WriteLine($"notify: {sent:N0} sent, {received:N0} received in {clock.Elapsed.TotalSeconds:F1} s = {sent / clock.Elapsed.TotalSeconds:N0} messages/s (durable store, one sender, {options.Concurrency} SMTP connections)");
        }
        finally
        {
            sink.Kill(entireProcessTree: true);
            sink.WaitForExit(10_000);
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>An organisation, a need and 100 experts with proposed assignments (each also owes its own proposal notification).</summary>
    private static async Task<List<string>> SeedAsync(Workspace workspace)
    {
        static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
        await workspace.Records.UpsertAsync(RecordKind.Organisations, Json("""{"id":"ORG-B","name":"Centre hospitalier","type":"health","country":"MA","region":"MA-01","email":"org@example.ma"}"""));
        await workspace.Records.UpsertAsync(RecordKind.Needs, Json("""{"id":"N-B","organisationId":"ORG-B","title":"Train NICU nurses","country":"MA","region":"MA-01","city":"Tanger","sector":"health","positions":1000}"""));
        var staff = new Caller(Role.Staff, "STAFF-1");
        var ids = new List<string>();
        for (var i = 0; i < Assignments; i++)
        {
            var expert = $"E-{i:D4}";
            await workspace.Records.UpsertAsync(RecordKind.Profiles, Json($$"""{"id":"{{expert}}","fullName":"Expert {{i}}","email":"e{{i}}@example.org","countryOfResidence":"NL","preferredLanguage":"{{(i % 2 == 0 ? "fr" : "ar")}}"}"""));
            var created = await workspace.Assignments.CreateAsync(new AssignmentRequest("N-B", expert, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 30)), staff);
            await workspace.Assignments.TransitionAsync(created.Assignment!.Id, AssignmentState.Proposed, null, staff);
            ids.Add(created.Assignment.Id);
        }

        return ids;
    }

    private static Process StartSink(int port, string folder)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "smtp_sink.py");
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(folder);
        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        if (process.StandardOutput.ReadLine() != "ready")
        {
            throw new InvalidOperationException("the SMTP sink did not start (apt-get install python3-aiosmtpd)");
        }

        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
