using System.Globalization;
using DiasporaMatch.Taxonomy;

namespace DiasporaMatch.Bench;

/// <summary>
/// `resolver` mode (issue #17): the product resolver (with the bundled re-ranker, and without it) against the two references in one run, MRR@10 and
/// accuracy@1 per language on the noisy dev set (docs/resolver-dev-set.md) and on the hand-written titles
/// in data/resolver, then the product's warm resolve latency per phrase. Reads ESCO from ../shared/data/esco.
/// </summary>
internal static class ResolverBench
{
    private static readonly string[] HandWritten = ["en", "fr", "nl"];

    public const int DevQueriesPerLanguage = 500;

    public static void Run(int perLanguage)
    {
        var root = FindRoot();
        var taxonomy = EscoImporter.Import(EscoFolder(root)).Taxonomy;
        var set = ResolverDevSet.Create(taxonomy, perLanguage);
        var titles = HandWrittenTitles(root, taxonomy);
        Console.WriteLine($"ESCO {taxonomy.Count:N0} concepts; dev set seed {ResolverDevSet.DefaultSeed}: {set.Queries.Count} noisy queries, {titles.Count} hand-written titles");
        // Construction time (a cold CLI pays it at every start, #22): the starter taxonomy and all of ESCO.
        foreach (var (name, full) in new[] { ("starter", TaxonomyLoader.Load(Path.Combine(root, "data"))), ("ESCO", taxonomy) })
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            using (new ConceptResolver(full))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"resolver construction, {name} ({full.Count:N0} concepts): {watch.Elapsed.TotalMilliseconds:F0} ms"));
            }
        }

        using var product = new ConceptResolver(set.Taxonomy, ResolverModel.Bundled);
        using var similarity = new ConceptResolver(set.Taxonomy);
        using var bm25 = new Bm25Reference(set.Taxonomy);
        var grams = new CharGramReference(set.Taxonomy);
        var methods = new (string Name, Func<ResolverQuery, IReadOnlyList<string>> Rank)[]
        {
            ("product", q => product.Resolve(q.Text, q.Kind, q.Language, 10).Select(m => m.Uri).ToArray()),
            ("similarity only", q => similarity.Resolve(q.Text, q.Kind, q.Language, 10).Select(m => m.Uri).ToArray()),
            ("char 3-gram tf-idf", q => grams.Rank(q.Text, q.Kind, q.Language)),
            ("lucene bm25", q => bm25.Rank(q.Text, q.Kind, q.Language)),

            // How records are normalised (ConceptNormaliser): a profile's or need's language is not known, so every
            // language's labels are searched.
            ("product, no lang", q => product.Resolve(q.Text, q.Kind, null, 10).Select(m => m.Uri).ToArray()),
        };
        foreach (var (name, queries) in new[] { ("noisy dev set", set.Queries), ("hand-written titles", titles) })
        {
            Console.WriteLine($"\n{name}: MRR@10 / acc@1");
            var results = methods.Select(m => ResolverComparison.Evaluate(queries, m.Rank)).ToArray();
            Console.WriteLine($"{"method",-20}" + string.Join(string.Empty, results[0].Select(r => $"{r.Language + " (n=" + r.Queries + ")",-20}")));
            for (var i = 0; i < methods.Length; i++)
            {
                Console.WriteLine($"{methods[i].Name,-20}" + string.Join(string.Empty, results[i].Select(r => $"{r.MrrAt10.ToString("F3", CultureInfo.InvariantCulture) + " / " + r.AccuracyAt1.ToString("F3", CultureInfo.InvariantCulture),-20}")));
            }

            foreach (var (label, row) in new[] { ("margin (MRR)", 0), ("margin, no lang", 4) })
            {
                Console.WriteLine($"{label,-20}" + string.Join(string.Empty, results[row].Select((r, l) => $"{(r.MrrAt10 - Math.Max(results[2][l].MrrAt10, results[3][l].MrrAt10)).ToString("+0.000;-0.000", CultureInfo.InvariantCulture),-20}")));
            }
        }

        // The confidence below which ConceptNormaliser leaves a phrase unresolved: precision of the accepted top-1
        // and the share accepted, per threshold, on the noisy dev set and the hand-written titles together, resolved
        // as the normaliser resolves them (no language).
        var top1 = set.Queries.Concat(titles).Select(q => (Query: q, Best: product.Resolve(q.Text, q.Kind, null, 1) is [var first, ..] ? first : null)).ToArray();
        Console.WriteLine($"\nconfidence threshold (n={top1.Length}): accepted share / precision of accepted top-1");
        foreach (var threshold in new[] { 0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70 })
        {
            var accepted = top1.Where(t => t.Best is not null && t.Best.Score >= threshold).ToArray();
            var precision = accepted.Length == 0 ? 0 : accepted.Count(t => t.Best!.Uri == t.Query.Uri) / (double)accepted.Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  >= {threshold:F2}: {accepted.Length / (double)top1.Length:F3} / {precision:F3}"));
        }

        // Warm: every phrase resolved once before the measured pass.
        var phrases = set.Queries.Concat(titles).ToArray();
        foreach (var q in phrases)
        {
            product.Resolve(q.Text, q.Kind, q.Language, 10);
        }

        var timing = Timing.Measure(phrases, q => product.Resolve(q.Text, q.Kind, q.Language, 10));
        Console.WriteLine($"\nproduct resolve, warm, {phrases.Length} phrases: {timing}");
        var normalising = Timing.Measure(phrases, q => product.Resolve(q.Text, q.Kind, null, 1));
        Console.WriteLine($"same as records are normalised (no language, top 1): {normalising}");

        // The re-ranker's cost, paired in the same minute: the same phrases through the similarity alone.
        foreach (var q in phrases)
        {
            similarity.Resolve(q.Text, q.Kind, q.Language, 10);
        }

        Console.WriteLine($"similarity only, given the language: {Timing.Measure(phrases, q => similarity.Resolve(q.Text, q.Kind, q.Language, 10))}");
        Console.WriteLine($"product again, given the language: {Timing.Measure(phrases, q => product.Resolve(q.Text, q.Kind, q.Language, 10))}");
    }

    internal static IReadOnlyList<ResolverQuery> HandWrittenTitles(string root, Taxonomy.Taxonomy taxonomy) =>
        HandWritten.SelectMany(l => ResolverDevSet.LoadTitles(Path.Combine(root, "data", "resolver", $"dev-titles.{l}.tsv"), l, taxonomy)).ToArray();

    internal static string EscoFolder(string root) => Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "esco"));

    internal static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DiasporaMatch.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No DiasporaMatch.sln above {AppContext.BaseDirectory}");
    }
}
