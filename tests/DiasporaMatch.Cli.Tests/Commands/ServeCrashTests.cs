using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DiasporaMatch.Api;
using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Records;
using DiasporaMatch.Search;
using DiasporaMatch.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Xunit.Abstractions;

namespace DiasporaMatch.Cli.Commands;

/// <summary>
/// Crash consistency of `dmatch serve`: bursts of concurrent acknowledged writes, readers (`get`, `list`, `match`) in other
/// processes at the same time, kill -9 at a seeded random point, restart — every acknowledged write is in the
/// store, the change log and the index, and no document is in the store without its log entry.
/// </summary>
public sealed class ServeCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Rounds = 5;
    private const int Writers = 6;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Serve_KilledDuringConcurrentWritesAndReaders_KeepsEveryAcknowledgedWrite()
    {
        var data = Path.Combine(_cli.DataFolder, "data");
        var random = new Random(20261204);
        var acknowledged = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var unexpected = new ConcurrentQueue<string>();
        var readerRuns = 0;
        var checkedWrites = 0;
        for (var round = 1; round <= Rounds; round++)
        {
            var (serve, address) = await DmatchProcess.ServeAsync(data, Bound);
            using (serve)
            {
                checkedWrites += await AssertStoreAndLogAsync(data, acknowledged.Keys.ToList());
                using var client = new HttpClient { BaseAddress = address, Timeout = Bound };
                var token = new TokenService(DevSigningKey.LoadOrCreate(data), new ApiOptions().Issuer, TimeProvider.System).Issue(Callers.Staff, TimeSpan.FromHours(1));
                var killAfter = random.Next(10, 40); // acknowledged writes this round before the kill
                var ackedThisRound = 0;
                using var stop = new CancellationTokenSource();
                var writers = Enumerable.Range(0, Writers).Select(w => WriteUntilStoppedAsync(round, w)).ToList();
                var readerRandom = new Random(random.Next());
                var reader = ReadUntilStoppedAsync();

                var deadline = DateTime.UtcNow + Bound;
                while (Volatile.Read(ref ackedThisRound) < killAfter && unexpected.IsEmpty && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(5);
                }

                serve.Kill();
                await stop.CancelAsync();
                await Task.WhenAll(writers);
                await reader;
                Assert.True(unexpected.IsEmpty, string.Join("\n", unexpected));
                Assert.True(ackedThisRound >= killAfter, $"round {round}: only {ackedThisRound} writes acknowledged in {Bound}; stderr: {serve.Error}");

                async Task WriteUntilStoppedAsync(int r, int w)
                {
                    for (var n = 0; !stop.IsCancellationRequested; n++)
                    {
                        var id = string.Create(CultureInfo.InvariantCulture, $"E-R{r}-W{w}-{n:D4}");
                        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/profiles")
                        {
                            Content = new StringContent($"{{\"id\":\"{id}\",{LocalHostTests.Profile.TrimStart()[1..]}", Encoding.UTF8, "application/json"),
                        };
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        try
                        {
                            using var response = await client.SendAsync(request, stop.Token);
                            if (response.StatusCode == HttpStatusCode.Created)
                            {
                                acknowledged[id] = true;
                                Interlocked.Increment(ref ackedThisRound);
                            }
                            else
                            {
                                unexpected.Enqueue($"{id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
                            }
                        }
                        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
                        {
                            return; // the server was killed mid-request: this write was never acknowledged
                        }
                    }
                }

                async Task ReadUntilStoppedAsync()
                {
                    while (!stop.IsCancellationRequested)
                    {
                        var known = acknowledged.Keys.ToList();
                        string[] args = (known.Count > 0 ? readerRandom.Next(3) : 1 + readerRandom.Next(2)) switch
                        {
                            0 => ["get", RecordKind.Profiles, known[readerRandom.Next(known.Count)], "--data", data],
                            1 => ["list", RecordKind.Profiles, "--limit", "5", "--data", data],
                            _ => ["match", "--all-needs", "--data", data], // reads the index the server is committing to
                        };
                        var (code, _, error) = await DmatchProcess.RunAsync(Bound, args);
                        Interlocked.Increment(ref readerRuns);
                        if (code != ExitCodes.Success)
                        {
                            unexpected.Enqueue($"dmatch {string.Join(' ', args)} exited {code}: {error}");
                        }
                    }
                }
            }
        }

        // A last restart: the writer repairs what the last kill left, then everything acknowledged must be there.
        var (last, _) = await DmatchProcess.ServeAsync(data, Bound);
        using (last)
        {
            checkedWrites += await AssertStoreAndLogAsync(data, acknowledged.Keys.ToList());
        }

        var indexed = AssertIndexed(data, acknowledged.Keys.ToList());
        var figures = $"crash consistency: rounds {Rounds}, acknowledged writes {acknowledged.Count}, reader runs {readerRuns}, checked in store and log {checkedWrites}, checked in the index {indexed}";
        output.WriteLine(figures);
        await TestFigures.WriteAsync("crash-consistency", figures);
    }

    /// <summary>Read-only, beside the running writer (which must not mind): store and log hold every acknowledged write, no orphan document.</summary>
    private static async Task<int> AssertStoreAndLogAsync(string data, IReadOnlyList<string> acknowledged)
    {
        var root = Path.Combine(data, "store");
        var bytes = await File.ReadAllBytesAsync(Path.Combine(root, "changes.log"));
        Assert.True(bytes.Length == 0 || bytes[^1] == (byte)'\n', "the restarted writer leaves no torn last line");
        Assert.DoesNotContain((byte)0, bytes);

        await using var store = new FileDocumentStore(root, new FileStoreOptions { ReadOnly = true });
        var changes = await store.ReadChangesAsync(0, int.MaxValue);
        Assert.Equal(bytes.Count(b => b == (byte)'\n'), changes.Count); // every line of the log is a readable change
        Assert.Equal(Enumerable.Range(1, changes.Count).Select(i => (long)i), changes.Select(c => c.Sequence));
        var logged = changes.Where(c => c.Kind == RecordKind.Profiles).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        string? page = null;
        do
        {
            var ids = await store.ListAsync(RecordKind.Profiles, page, 1000);
            stored.UnionWith(ids.Ids);
            page = ids.NextCursor;
        }
        while (page is not null);

        Assert.Empty(acknowledged.Where(id => !stored.Contains(id)).Select(id => $"{id} acknowledged but not in the store"));
        Assert.Empty(acknowledged.Where(id => !logged.Contains(id)).Select(id => $"{id} acknowledged but not in the change log"));
        Assert.Empty(stored.Where(id => !logged.Contains(id)).Select(id => $"{id} in the store without its change log entry"));
        return acknowledged.Count;
    }

    /// <summary>The profiles index as the server last committed it: every acknowledged profile findable, its cursor within the log.</summary>
    private static int AssertIndexed(string data, IReadOnlyList<string> acknowledged)
    {
        using var folder = FSDirectory.Open(Path.Combine(data, "index", "profiles"));
        using var reader = DirectoryReader.Open(folder);
        var searcher = new IndexSearcher(reader);
        Assert.Empty(acknowledged.Where(id => searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1).TotalHits != 1).Select(id => $"{id} acknowledged but not in the index"));
        var cursor = long.Parse(reader.IndexCommit.UserData["cursor"], CultureInfo.InvariantCulture);
        var logLines = File.ReadAllBytes(Path.Combine(data, "store", "changes.log")).Count(b => b == (byte)'\n');
        Assert.True(cursor <= logLines, $"the index cursor {cursor} stands ahead of the log ({logLines} changes)");
        return acknowledged.Count;
    }
}
