using System.Text;
using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Import;
using DiasporaMatch.Records;

namespace DiasporaMatch.Cli;

/// <summary>
/// Ten thousand generated hostile requests and ten thousand hostile bulk records: every one refused with a
/// 4xx problem (a precise error for records), never a 5xx, and the store unchanged. The figures are written to
/// TestResults/hostile-corpus.txt, which test.sh prints.
/// </summary>
public sealed class HostileCorpusTests(SeededHostFixture fixture) : IClassFixture<SeededHostFixture>
{
    private const int Requests = 10_000;

    [Fact]
    public async Task Corpus_TenThousandHostileRequests_AllRefusedWithoutStateChange()
    {
        var host = fixture.Host;
        var before = ChangeLogLength(host);
        var statuses = new Dictionary<int, int>();
        var failures = new List<string>();
        foreach (var hostile in new HostileCorpus(seed: 20261130).Generate(Requests))
        {
            var request = host.Request(new HttpMethod(hostile.Method), hostile.Path, TestSupport.Callers.Staff,
                hostile.Body is null ? null : new ByteArrayContent(Encoding.UTF8.GetBytes(hostile.Body)));
            if (request.Content is not null && hostile.ContentType.Length > 0)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", hostile.ContentType);
            }

            if (hostile.IfMatch is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Match", hostile.IfMatch);
            }

            using var response = await host.Client.SendAsync(request);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json" || status == 400;
            if (status is < 400 or > 499 || !problem)
            {
                failures.Add($"{hostile.Why}: {hostile.Method} {hostile.Path} -> {status}");
            }
        }

        var bulk = await ImportHostileBulkAsync(host);
        var changed = RecordChangesSince(host, before);
        await WriteFiguresAsync($"hostile corpus: {Requests:N0} HTTP requests ({string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value:N0}"))}), {failures.Count} not refused with a 4xx problem; {bulk.Records:N0} bulk records, {bulk.Rejected:N0} rejected with errors; store changed: {changed}");

        Assert.Empty(failures.Take(20));
        Assert.Equal(bulk.Records, bulk.Rejected);
        Assert.False(changed);
    }

    private static async Task<ImportSummary> ImportHostileBulkAsync(RunningHost host)
    {
        var body = string.Join('\n', new HostileCorpus(seed: 7).BulkLines(Requests));
        var request = host.Request(HttpMethod.Post, $"/api/imports?kind={RecordKind.Profiles}", TestSupport.Callers.Staff, new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
        using var response = await host.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rejections = json.RootElement.GetProperty("rejections");
        Assert.All(rejections.EnumerateArray(), r => Assert.NotEqual(0, r.GetProperty("errors").GetArrayLength()));
        return new ImportSummary(RecordKind.Profiles, json.RootElement.GetProperty("records").GetInt64(), [], 0, json.RootElement.GetProperty("rejected").GetInt64(), TimeSpan.Zero);
    }

    private static long ChangeLogLength(RunningHost host) => new FileInfo(Path.Combine(host.DataFolder, "store", "changes.log")).Length;

    /// <summary>True when anything but the audit trail (which records the refused import attempt itself) changed.</summary>
    private static bool RecordChangesSince(RunningHost host, long offset)
    {
        using var stream = new FileStream(Path.Combine(host.DataFolder, "store", "changes.log"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Position = offset;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (!line.Contains("\"kind\":\"audit\"", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task WriteFiguresAsync(string line)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "hostile-corpus.txt"), line + "\n");
    }
}
