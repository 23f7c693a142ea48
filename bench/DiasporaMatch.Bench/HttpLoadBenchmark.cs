using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiasporaMatch.Access;
using DiasporaMatch.Api;
using DiasporaMatch.Cli;
using DiasporaMatch.Hosting;
using DiasporaMatch.Import;
using DiasporaMatch.Records;
using DiasporaMatch.Reference;
using DiasporaMatch.Sample;
using DiasporaMatch.Taxonomy;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DiasporaMatch.Bench;

/// <summary>
/// A bounded closed-loop load generator against `dmatch serve` on loopback: N profiles generated and imported,
/// then GET /api/needs/{id}/matches and POST /api/profiles, each for a fixed time with a fixed number of
/// concurrent clients. Prints sustained requests/s, p50 and p99. Loopback only, bounded in count and time.
/// </summary>
internal static class HttpLoadBenchmark
{
    /// <summary>Set by `--gc-watch`: GC reasons and allocation samples per scenario (the listener slows the server several-fold).</summary>
    public static bool WatchGc { get; set; }

    public static async Task RunAsync(int profiles, TimeSpan duration, int concurrency, string? keep = null)
    {
        var folder = keep ?? Path.Combine(Path.GetTempPath(), "dmatch-http-bench-" + Guid.NewGuid().ToString("N"));
        var reuse = keep is not null && Directory.Exists(Path.Combine(folder, "store"));
        try
        {
            var data = SampleData(profiles);
            if (!reuse)
            {
                await ImportAsync(folder, data);
            }

            await using var app = LocalHost.Build(folder, "http://127.0.0.1:0");
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var token = new TokenService(DevSigningKey.LoadOrCreate(folder), new ApiOptions().Issuer, TimeProvider.System).Issue(new Caller(Role.Staff, "STAFF-BENCH"), TimeSpan.FromHours(1));
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Console.WriteLine($"http: {profiles:N0} profiles, {concurrency} concurrent clients, {duration.TotalSeconds:N0} s per scenario, load {File.ReadAllText("/proc/loadavg").Trim()}");

            var needIds = data.First(d => d.Kind == RecordKind.Needs).Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray();
            async Task<HttpResponseMessage> Fresh(int i, string ranker)
            {
                using var fresh = new HttpRequestMessage(HttpMethod.Get, $"/api/needs/{needIds[i % needIds.Length]}/matches?top=20&ranker={ranker}");
                fresh.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
                return await client.SendAsync(fresh);
            }

            // A fresh server: how long until it is ready, then its first 200 rankings one at a time, compared below
            // with the same 200 once warm (#22: within 2x of the warm p50).
            var sinceStart = Stopwatch.StartNew();
            while ((await client.GetAsync("/api/health/ready")).StatusCode != System.Net.HttpStatusCode.OK && sinceStart.Elapsed < TimeSpan.FromMinutes(5))
            {
                await Task.Delay(50);
            }

            var ready = sinceStart.Elapsed;
            var first = await OneAtATimeAsync(200, i => Fresh(i, "baseline"));

            // A server in service has decoded its index facts (in the background from start) and jitted its code.
            var warming = Stopwatch.StartNew();
            while (await FactsWarmingAsync(client) && warming.Elapsed < TimeSpan.FromMinutes(5))
            {
                await Task.Delay(250);
            }

            Console.WriteLine($"facts decoded in the background {warming.Elapsed.TotalSeconds:F1} s after start (/api/health factsWarming false)");
            await WarmUpAsync($"warm-up, {needIds.Length:N0} needs, both rankers (not a measurement)", concurrency, i => Fresh(i, i % 2 == 0 ? "baseline" : "model"));
            var warm = await OneAtATimeAsync(200, i => Fresh(i, "baseline"));
            Console.WriteLine($"fresh server: ready {ready.TotalSeconds:F1} s after start; its first 200 rankings one at a time p50 {Percentile(first, 0.5):F1} ms, p99 {Percentile(first, 0.99):F1} ms; "
                + $"the same 200 warm p50 {Percentile(warm, 0.5):F1} ms, p99 {Percentile(warm, 0.99):F1} ms; first/warm p50 {Percentile(first, 0.5) / Percentile(warm, 0.5):F2} (target <= 2)");
            await Scenario("GET /api/needs/{id}/matches?top=20, Cache-Control: no-cache (every ranking computed)", duration, concurrency, i => Fresh(i, "baseline"));
            await Scenario("same with ?ranker=model (the bundled model scores 1,000 and explains 20)", duration, concurrency, i => Fresh(i, "model"));
            await Scenario("GET /api/needs/{id}/matches?top=20 (unchanged lists reused, as served)", duration, concurrency, i => client.GetAsync($"/api/needs/{needIds[i % needIds.Length]}/matches?top=20"));
            string[] words = ["expert%2012", "expert%209", "expert", "expert%20404", "77"]; // generated names are "Expert n"
            await Scenario("GET /api/profiles?q=…&sort=name (staff's expert list, a page of 50)", duration, concurrency, i => client.GetAsync($"/api/profiles?q={words[i % words.Length]}&sort=name&state=matchable"));
            if (reuse)
            {
                await app.StopAsync();
                return; // POST would add to the kept workspace: its figure is measured on a fresh one only
            }

            // Each POST is a new person: a stored profile's details under a new id, e-mail and name (one profile's first
            // name, another's family name), so the duplicate check meets common name words as a real sign-up does
            // instead of hundreds of copies of one person, each a probable duplicate of all the others.
            var people = data.First(d => d.Kind == RecordKind.Profiles).Lines;
            string NewPerson(int i)
            {
                var profile = JsonNode.Parse(people[i % people.Count])!.AsObject();
                var family = JsonNode.Parse(people[(int)((i * 7919L + 13) % people.Count)])!["fullName"]!.GetValue<string>();
                profile["id"] = $"B-{i:D8}";
                profile["email"] = $"bench.{i}@example.org";
                profile["fullName"] = $"{profile["fullName"]!.GetValue<string>().Split(' ')[0]} {family[(family.IndexOf(' ') + 1)..]}";
                return profile.ToJsonString();
            }

            await Scenario("POST /api/profiles (a new person each)", duration, concurrency, i =>
                client.PostAsync("/api/profiles", new StringContent(NewPerson(i), Encoding.UTF8, "application/json")));
            await app.StopAsync();
        }
        finally
        {
            if (keep is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task ImportAsync(string folder, List<(string Kind, List<string> Lines)> data)
    {
        await using var workspace = Workspace.Open(folder, new WorkspaceOptions { FlushToDisk = false, Seed = 7 });
        foreach (var (kind, lines) in data)
        {
            await using var input = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
            await workspace.Importer.ImportAsync(input, ImportFormat.JsonLines, kind, _ => Task.CompletedTask);
        }

        using var service = await workspace.OpenMatchServiceAsync();
    }

    private static List<(string Kind, List<string> Lines)> SampleData(int profiles)
    {
        var vocabulary = SampleVocabulary.From(EscoImporter.Import(DataPaths.StarterTaxonomyFolder).Taxonomy);
        var sample = new SampleGenerator(vocabulary, new SampleOptions { Experts = profiles, Decisions = 0 }).Generate();
        static List<string> Lines<T>(IEnumerable<T> records) => [.. records.Select(r => JsonSerializer.Serialize(r, RecordJson.Options))];
        return [(RecordKind.Organisations, Lines(sample.Organisations)), (RecordKind.Profiles, Lines(sample.Profiles)), (RecordKind.Needs, Lines(sample.Needs))];
    }

    private static async Task<bool> FactsWarmingAsync(HttpClient client)
    {
        using var health = JsonDocument.Parse(await client.GetStringAsync("/api/health"));
        // null while the match service is still opening its indexes: that is warming too.
        return health.RootElement.GetProperty("factsWarming").ValueKind != JsonValueKind.False;
    }

    /// <summary>
    /// Rounds of load until the server's rate settles (a round within 5% of the one before, at most 20 rounds),
    /// after the facts have decoded: the code tiers up under load, and a fixed warm-up was sometimes too short
    /// on a slow spell of the host.
    /// </summary>
    private static async Task WarmUpAsync(string name, int concurrency, Func<int, Task<HttpResponseMessage>> send)
    {
        var before = 0.0;
        for (var round = 1; round <= 20; round++)
        {
            var rate = await Scenario($"{name}, round {round}", TimeSpan.FromSeconds(5), concurrency, send);
            if (round > 1 && rate <= before * 1.05)
            {
                return;
            }

            before = rate;
        }
    }

    /// <summary>Latencies of <paramref name="count"/> requests sent one after another (ms).</summary>
    private static async Task<double[]> OneAtATimeAsync(int count, Func<int, Task<HttpResponseMessage>> send)
    {
        var latencies = new double[count];
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await send(i);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"request {i} answered {(int)response.StatusCode}");
            }
        }

        return latencies;
    }

    private static double Percentile(double[] values, double share)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * share))];
    }

    private static async Task<double> Scenario(string name, TimeSpan duration, int concurrency, Func<int, Task<HttpResponseMessage>> send)
    {
        var latencies = new List<double>[concurrency];
        var failures = 0;
        var counter = 0;
        var (gen0, gen2, paused, allocated) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var cpu = Environment.CpuUsage.TotalTime;
        using var watch = WatchGc ? new GcWatch() : null;
        watch?.Start();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            latencies[worker] = [];
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await send(Interlocked.Increment(ref counter));
                latencies[worker].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        Console.WriteLine($"{name}: {all.Length / clock.Elapsed.TotalSeconds:N0} req/s, p50 {all[all.Length / 2]:F1} ms, p99 {all[(int)(all.Length * 0.99)]:F1} ms, {failures} non-2xx of {all.Length:N0}");

        // Where the time went, per request, for the server and this in-process load generator together.
        Console.WriteLine($"  per request: process CPU {(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds / all.Length:F2} ms, allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / all.Length:N0} KB; "
            + $"GCs gen0 {GC.CollectionCount(0) - gen0}, gen2 {GC.CollectionCount(2) - gen2}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms in {clock.Elapsed.TotalSeconds:N0} s");
        if (watch is not null)
        {
            Console.WriteLine(watch.Stop());
        }

        return all.Length / clock.Elapsed.TotalSeconds;
    }
}
