using System.Diagnostics;
using System.Globalization;
using DiasporaMatch.Bench;
using DiasporaMatch.Ranking;
using DiasporaMatch.Search;
using DiasporaMatch.Storage;

// dmatch bench: index build rate and memory, need → top-20 latency (retrieve 1,000 + baseline), SQLite FTS5 peer.
// Usage: DiasporaMatch.Bench [profiles=100000] [needs=500] [--no-peer]
//        DiasporaMatch.Bench import [profiles=100000]   (bulk import throughput into the file store)
//        DiasporaMatch.Bench http [profiles=100000]   (loopback load: GET matches, POST profile on the local host)
//        DiasporaMatch.Bench ltr   (learning to rank: batch scoring of 1,000 candidates, training on 100k pairs)
if (args.Length > 0 && args[0] == "import")
{
    await ImportBenchmark.RunAsync(args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 100_000);
    return;
}

if (args.Length > 0 && args[0] == "http")
{
    await HttpLoadBenchmark.RunAsync(args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 100_000, TimeSpan.FromSeconds(20), concurrency: 8);
    return;
}

if (args.Length > 0 && args[0] == "ltr")
{
    LtrBench.Run();
    return;
}

var profiles = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var p) ? p : 100_000;
var needCount = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var q) ? q : 500;
var peer = !args.Contains("--no-peer");
const int Seed = 20270301;

var folder = Path.Combine(Path.GetTempPath(), "dmatch-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
try
{
    var taxonomy = new SyntheticTaxonomy(Seed);
    var corpus = new SyntheticCorpus(taxonomy, Seed);
    Console.WriteLine($"profiles {profiles:N0}, needs {needCount:N0}, cores {Environment.ProcessorCount}, concepts {taxonomy.Uris.Length:N0}");

    await using var store = new FileDocumentStore(Path.Combine(folder, "store"));
    var facts = new FactsBuilder(taxonomy, new LanguageTerms(["A1", "A2", "B1", "B2", "C1", "C2", "native"]));
    using var service = new MatchService(store, SearchIndexes.Open(Path.Combine(folder, "index"), warmFacts: true), facts, taxonomy);

    var clock = Stopwatch.StartNew();
    Parallel.For(0, profiles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, n => service.Indexer.IndexProfile(corpus.Profile(n)));
    var added = clock.Elapsed;
    service.Indexes.Commit(0);
    var built = clock.Elapsed;
    Console.WriteLine($"index build: {built.TotalSeconds:F1} s ({profiles / built.TotalSeconds:N0} docs/s; {added.TotalSeconds:F1} s adding, commit+refresh+facts warm-up {(built - added).TotalSeconds:F1} s)");
    Console.WriteLine($"index size on disk: {DirectorySize(Path.Combine(folder, "index", "profiles")) / 1048576.0:N0} MB");
    PrintMemory("after build");

    var needs = Enumerable.Range(0, needCount).Select(corpus.Need).ToList();
    var ranker = new BaselineRanker();
    foreach (var need in needs.Take(50))
    {
        service.Match(need, 20, ranker);
    }

    var lucene = new double[needs.Count];
    var found = 0L;
    for (var i = 0; i < needs.Count; i++)
    {
        var t = Stopwatch.GetTimestamp();
        found += service.Match(needs[i], 20, ranker).Count;
        lucene[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
    }

    Console.WriteLine($"lucene need -> top-20 (retrieve 1,000 + filters + baseline): p50 {Percentile(lucene, 50):F2} ms, p99 {Percentile(lucene, 99):F2} ms, mean {lucene.Average():F2} ms, avg results {found / (double)needs.Count:F1}");
    var shallow = needs.Select(n => { var t = Stopwatch.GetTimestamp(); service.Match(n, 20, ranker, retrieve: 20); return Stopwatch.GetElapsedTime(t).TotalMilliseconds; }).ToArray();
    Console.WriteLine($"lucene need -> top-20 (retrieve 20 only, isolates retrieval): p50 {Percentile(shallow, 50):F2} ms, p99 {Percentile(shallow, 99):F2} ms");
    PrintMemory("after queries");

    if (peer)
    {
        using var sqlite = new SqlitePeer();
        clock.Restart();
        sqlite.Load(Enumerable.Range(0, profiles).Select(corpus.Profile));
        Console.WriteLine($"sqlite fts5 build: {clock.Elapsed.TotalSeconds:F1} s ({profiles / clock.Elapsed.TotalSeconds:N0} docs/s)");
        foreach (var need in needs.Take(50))
        {
            sqlite.Query(need, 1000);
        }

        var fts = new double[needs.Count];
        for (var i = 0; i < needs.Count; i++)
        {
            var t = Stopwatch.GetTimestamp();
            sqlite.Query(needs[i], 1000);
            fts[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }

        Console.WriteLine($"sqlite fts5 need -> top-1,000 by bm25 (text only): p50 {Percentile(fts, 50):F2} ms, p99 {Percentile(fts, 99):F2} ms, mean {fts.Average():F2} ms");
        Console.WriteLine($"ratio lucene/sqlite: p50 {Percentile(lucene, 50) / Percentile(fts, 50):F2}, p99 {Percentile(lucene, 99) / Percentile(fts, 99):F2}");
        PrintMemory("after peer");
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static double Percentile(double[] values, double percent)
{
    var sorted = values.Order().ToArray();
    return sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}

static long DirectorySize(string path) => new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

static void PrintMemory(string when)
{
    var status = File.Exists("/proc/self/status") ? File.ReadAllLines("/proc/self/status") : [];
    string Field(string name) => status.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "n/a";
    Console.WriteLine($"memory {when}: working set {Environment.WorkingSet / 1048576.0:N0} MB, VmHWM {Field("VmHWM")}, managed heap {GC.GetTotalMemory(false) / 1048576.0:N0} MB");
}
