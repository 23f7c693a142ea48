using System.Diagnostics;
using System.Globalization;
using DiasporaMatch.Bench;
using DiasporaMatch.Facts;
using DiasporaMatch.Matching;
using DiasporaMatch.Ranking;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Reference;
using DiasporaMatch.Search;
using DiasporaMatch.Storage;
using Lucene.Net.Search;

// dmatch bench: index build rate and memory, need → top-20 latency (retrieve 1,000 + baseline), SQLite FTS5 peer.
// Usage: DiasporaMatch.Bench [profiles=100000] [needs=500] [--no-peer] [--stages (time and allocation per stage)] [--keep DIR (reuse an index)]
//        DiasporaMatch.Bench import [profiles=100000]   (bulk import throughput into the file store)
//        DiasporaMatch.Bench http [profiles=100000] [--keep DIR] [--clients 8] [--gc-watch]   (loopback load: GET matches, POST profile on the local host;
//                                                    --keep reuses DIR's workspace and runs the GET scenarios only)
//        DiasporaMatch.Bench ltr   (learning to rank: batch scoring of 1,000 candidates, training on 100k pairs)
//        DiasporaMatch.Bench notify [count=10000]   (a burst of notifications drained to a loopback SMTP server, messages/s)
//        DiasporaMatch.Bench allocate-sim [--scarce (the generated scarce year only)] [--sweep (hold-back weight × horizon, ~10 min)]
//        DiasporaMatch.Bench resolver [perLanguage=500]   (concept resolution vs char 3-gram TF-IDF and BM25 on ESCO, MRR@10/acc@1, latency)
//        DiasporaMatch.Bench resolver-train [perLanguage=1500]   (trains the resolver's re-ranker on ESCO's train split; promotes it when better on the dev set)
//        DiasporaMatch.Bench indicators   (programme indicators over 100,000 assignments, by every breakdown)
if (args.Length > 0 && args[0] == "import")
{
    await ImportBenchmark.RunAsync(args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 100_000);
    return;
}

if (args.Length > 0 && args[0] == "http")
{
    var keepHttp = Array.IndexOf(args, "--keep") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    HttpLoadBenchmark.WatchGc = args.Contains("--gc-watch");
    var clients = Array.IndexOf(args, "--clients") is var c and >= 0 && c + 1 < args.Length ? int.Parse(args[c + 1], CultureInfo.InvariantCulture) : 8;
    await HttpLoadBenchmark.RunAsync(args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 100_000, TimeSpan.FromSeconds(20), clients, keepHttp);
    return;
}

if (args.Length > 0 && args[0] == "allocate-sim")
{
    await AllocationSimulationBench.RunAsync(scarceOnly: args.Contains("--scarce"), sweep: args.Contains("--sweep"));
    return;
}

if (args.Length > 0 && args[0] == "allocate")
{
    AllocationBench.Run();
    return;
}

if (args.Length > 0 && args[0] == "notify")
{
    await NotificationBenchmark.RunAsync(args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 10_000);
    return;
}

if (args.Length > 0 && args[0] == "resolver")
{
    ResolverBench.Run(args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 500);
    return;
}

if (args.Length > 0 && args[0] == "resolver-train")
{
    ResolverTraining.Run(args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 1500);
    return;
}

if (args.Length > 0 && args[0] == "indicators")
{
    IndicatorsBench.Run();
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
var keepAt = Array.IndexOf(args, "--keep");
var keep = keepAt >= 0 && keepAt + 1 < args.Length ? args[keepAt + 1] : null; // reuse an index built by an earlier run
const int Seed = 20270301;

var folder = keep ?? Path.Combine(Path.GetTempPath(), "dmatch-bench-" + Guid.NewGuid().ToString("N"));
var reuse = keep is not null && Directory.Exists(Path.Combine(folder, "index", "profiles"));
Directory.CreateDirectory(folder);
try
{
    var taxonomy = new SyntheticTaxonomy(Seed);
    var corpus = new SyntheticCorpus(taxonomy, Seed);
    Console.WriteLine($"profiles {profiles:N0}, needs {needCount:N0}, cores {Environment.ProcessorCount}, concepts {taxonomy.Uris.Length:N0}");

    await using var store = new FileDocumentStore(Path.Combine(folder, "store"));
    var facts = new FactsBuilder(taxonomy, new LanguageTerms(["A1", "A2", "B1", "B2", "C1", "C2", "native"]));
    using var service = new MatchService(store, SearchIndexes.Open(Path.Combine(folder, "index"), FactsWarming.OnRefresh), facts, taxonomy);

    var clock = Stopwatch.StartNew();
    if (reuse)
    {
        Console.WriteLine($"index reused from {folder}: {service.Indexes.Profiles.Count:N0} profiles");
    }
    else
    {
        Parallel.For(0, profiles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, n => service.Indexer.IndexProfile(corpus.Profile(n)));
        var added = clock.Elapsed;
        service.Indexes.Commit(0);
        var built = clock.Elapsed;
        Console.WriteLine($"index build: {built.TotalSeconds:F1} s ({profiles / built.TotalSeconds:N0} docs/s; {added.TotalSeconds:F1} s adding, commit+refresh+facts warm-up {(built - added).TotalSeconds:F1} s)");
    }

    Console.WriteLine($"index size on disk: {DirectorySize(Path.Combine(folder, "index", "profiles")) / 1048576.0:N0} MB");
    PrintMemory("after build");

    // A service in use has seen other needs before: warm up on needs disjoint from the measured ones (their
    // common terms' postings get cached, rare terms stay cold), then settle the heap, as a server does in
    // its first minutes.
    var ranker = new BaselineRanker();
    const int WarmUpNeeds = 2_000;
    clock.Restart();
    foreach (var need in Enumerable.Range(1_000_000, WarmUpNeeds).Select(corpus.Need))
    {
        service.Match(need, 20, ranker);
    }

    Console.WriteLine($"warm-up: {WarmUpNeeds:N0} other needs in {clock.Elapsed.TotalSeconds:F1} s");
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    var needs = Enumerable.Range(0, needCount).Select(corpus.Need).ToList();

    if (args.Contains("--stages"))
    {
        var bundled = new ModelRegistry(Path.Combine(folder, "models"), DataPaths.ModelsFolder).Current();
        StageBreakdown.Run(service, facts, taxonomy, needs, bundled);
        StageBreakdown.Run(service, facts, taxonomy, needs, bundled);
        return;
    }

    if (args.Contains("--profile"))
    {
        // Only the query loop, for a profiler attached to this process (dotnet-trace collect -- …).
        Console.WriteLine("profiling: matching the needs 5 times");
        for (var round = 0; round < 5; round++)
        {
            needs.ForEach(need => service.Match(need, 20, ranker));
        }

        return;
    }

    // The variants are measured interleaved, each on needs of its own that nothing has queried yet (need i goes
    // to variant i mod 3): this host's speed drifts by up to 1.7x over minutes, and interleaving puts every
    // variant through the same drift, so their figures compare; no variant inherits another's warm caches.
    var retriever = new ExpertRetriever(service.Indexes.Profiles, facts.LanguageTerms);
    var model = new ModelRegistry(Path.Combine(folder, "models"), DataPaths.ModelsFolder).Current();
    var measured = Enumerable.Range(0, needCount * 3).Select(corpus.Need).ToList();
    var measuredFacts = measured.Select(n => facts.ForNeed(n, facts.Normaliser.ForNeed(n))).ToList();
    var found = 0L;
    var host = new HostSpeed(Seed);
    var timings = Timing.MeasureInterleaved(
        Enumerable.Range(0, measured.Count).ToList(),
        [
            i => found += service.Match(measured[i], 20, ranker).Count,
            i => retriever.Retrieve(measured[i], measuredFacts[i]),
            i => service.Match(measured[i], 20, (IRanker?)model ?? ranker),
        ],
        between: i =>
        {
            if (i % 60 == 0)
            {
                host.Probe();
            }
        });
    var lucene = timings[0];
    Console.WriteLine($"lucene need -> top-20 (retrieve 1,000 + filters + features + baseline + reasons): {lucene}, avg results {found / (double)needCount:F1}");
    var last = GC.GetGCMemoryInfo(GCKind.Ephemeral);
    Console.WriteLine($"last young collection: gen {last.Generation}, promoted {last.PromotedBytes / 1024.0:N0} KB, pause {last.PauseDurations[0].TotalMilliseconds:F2} ms, pinned {last.PinnedObjectsCount}, heap {last.HeapSizeBytes / 1048576.0:N0} MB, fragmented {last.FragmentedBytes / 1048576.0:N0} MB");
    Console.WriteLine($"bare lucene retrieval of 1,000 with filters (no features, no ranking):     {timings[1]}");
    Console.WriteLine(host);
    Console.WriteLine(model is null
        ? "no bundled model: the third variant ran the baseline"
        : $"end to end with the bundled model {model.Manifest.Version} (retrieve 1,000, features, model, reasons): {timings[2]}");
    var needFacts = needs.Select(n => facts.ForNeed(n, facts.Normaliser.ForNeed(n))).ToList();
    var candidates = Timing.Measure(needs, need => service.Candidates(need, ExpertRetriever.DefaultTop, AssignmentHistory.Empty, DateTimeOffset.UnixEpoch));
    Console.WriteLine($"retrieval + features of 1,000 (no ranking, no reasons):                 {candidates}");
    PrintMemory("after queries");
    service.Indexes.Profiles.Search(searcher =>
    {
        var perField = new Dictionary<string, (long Terms, long Postings)>();
        for (var i = 0; i < needs.Count; i++)
        {
            foreach (var part in ExpertRetriever.Query(searcher.IndexReader, needs[i], needFacts[i]).Clauses.Select(c => (BooleanQuery)c.Query))
            {
                foreach (var term in part.Clauses.Select(c => ((TermQuery)c.Query).Term))
                {
                    var (terms, postings) = perField.GetValueOrDefault(term.Field);
                    perField[term.Field] = (terms + 1, postings + searcher.IndexReader.DocFreq(term));
                }
            }
        }

        Console.WriteLine("query shape per need (mean terms / postings): " + string.Join(", ", perField.Select(f => $"{f.Key} {f.Value.Terms / (double)needs.Count:F1} / {f.Value.Postings / (double)needs.Count:N0}")));
        return 0;
    });

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

        var fts = Timing.Measure(needs, need => sqlite.Query(need, 1000));
        Console.WriteLine($"sqlite fts5 need -> top-1,000 by bm25 (text only): {fts}");
        Console.WriteLine($"ratio lucene/sqlite (wall): p50 {lucene.WallP50 / fts.WallP50:F2}, p99 {lucene.WallP99 / fts.WallP99:F2}; (thread CPU): p50 {lucene.CpuP50 / fts.CpuP50:F2}, p99 {lucene.CpuP99 / fts.CpuP99:F2}");
        PrintMemory("after peer");
    }
}
finally
{
    if (keep is null)
    {
        Directory.Delete(folder, recursive: true);
    }
}

static long DirectorySize(string path) => new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

static void PrintMemory(string when)
{
    var status = File.Exists("/proc/self/status") ? File.ReadAllLines("/proc/self/status") : [];
    string Field(string name) => status.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "n/a";
    // RssFile is mostly the index's memory-mapped files: pages the kernel can drop and read again, unlike RssAnon.
    Console.WriteLine($"memory {when}: working set {Environment.WorkingSet / 1048576.0:N0} MB (RssAnon {Field("RssAnon")}, RssFile {Field("RssFile")}), VmHWM {Field("VmHWM")}, managed heap {GC.GetTotalMemory(false) / 1048576.0:N0} MB");
}
