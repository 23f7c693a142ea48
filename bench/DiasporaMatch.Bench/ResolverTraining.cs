using System.Globalization;
using DiasporaMatch.Taxonomy;
using DiasporaMatch.Training;

namespace DiasporaMatch.Bench;

/// <summary>
/// `resolver-train` mode (issue #17): trains the resolver's re-ranker on ESCO's train split
/// (<see cref="ResolverTrainer"/>), scores it and the bundled model on the noisy dev set and the hand-written
/// titles (given each title's language, and without it as records are normalised), and replaces
/// <c>data/models/resolver</c> only when the new model's mean MRR@10 over them is higher: a model that learns the
/// noise model rather than titles gains on one set and loses on the other.
/// </summary>
internal static class ResolverTraining
{
    public static void Run(int perLanguage)
    {
        var root = ResolverBench.FindRoot();
        var taxonomy = EscoImporter.Import(ResolverBench.EscoFolder(root)).Taxonomy;
        var dev = ResolverDevSet.Create(taxonomy, ResolverBench.DevQueriesPerLanguage);
        var titles = ResolverBench.HandWrittenTitles(root, taxonomy);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (model, queries) = ResolverTrainer.Train(dev, perLanguage);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trained on {queries:N0} train-split queries in {watch.Elapsed.TotalSeconds:F0} s"));

        var candidate = Directory.CreateTempSubdirectory("resolver-model-").FullName;
        try
        {
            ResolverTrainer.Save(candidate, model, queries, new Dictionary<string, double>());
            var scored = Evaluate(dev, titles, ResolverModel.Load(candidate));
            var target = Path.Combine(root, "data", "models", ResolverModel.FolderName);
            var bundled = File.Exists(Path.Combine(target, ResolverModel.ManifestFile)) ? TryLoad(target) : null;
            var current = bundled is null ? null : Evaluate(dev, titles, bundled);
            Console.WriteLine($"dev MRR@10   new {Show(scored)}   bundled {(current is null ? "none" : Show(current))}");
            if (current is not null && scored.Values.Average() <= current.Values.Average())
            {
                Console.WriteLine("kept the bundled model: the new one is not better");
                return;
            }

            ResolverTrainer.Save(target, model, queries, scored);
            Console.WriteLine($"promoted to {target}");
        }
        finally
        {
            Directory.Delete(candidate, recursive: true);
        }
    }

    private static ResolverModel? TryLoad(string folder)
    {
        try
        {
            return ResolverModel.Load(folder);
        }
        catch (InvalidDataException e)
        {
            // A bundled model over other features is replaced, whatever it scored.
            Console.WriteLine($"bundled model unusable: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// MRR@10 per set and language, given the title's language and without it (as records are normalised), keyed
    /// "noisy en", "hand fr, no lang", ….
    /// </summary>
    private static Dictionary<string, double> Evaluate(ResolverDevSet dev, IReadOnlyList<ResolverQuery> titles, ResolverModel model)
    {
        using var resolver = new ConceptResolver(dev.Taxonomy, model);
        return (from set in new[] { ("noisy", dev.Queries), ("hand", titles) }
                from mode in new[] { (Suffix: string.Empty, Given: true), (Suffix: ", no lang", Given: false) }
                from r in ResolverComparison.Evaluate(set.Item2, q => resolver.Resolve(q.Text, q.Kind, mode.Given ? q.Language : null, 10).Select(m => m.Uri).ToArray())
                select (Key: $"{set.Item1} {r.Language}{mode.Suffix}", Mrr: Math.Round(r.MrrAt10, 4)))
            .ToDictionary(p => p.Key, p => p.Mrr, StringComparer.Ordinal);
    }

    private static string Show(Dictionary<string, double> mrr) =>
        string.Join("  ", mrr.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:F3}")));
}
