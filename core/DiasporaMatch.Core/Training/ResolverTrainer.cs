using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Taxonomy;

namespace DiasporaMatch.Training;

/// <summary>
/// Trains the resolver's re-ranker (<see cref="ResolverModel"/>) on concepts of the dev set's train split only.
/// A query is a label of a train concept passed through <see cref="TitleNoise"/> (its own seed, not the dev set's):
/// an alternative label removed from the taxonomy the candidates come from, as in the dev set, and the concept's
/// preferred label, kept. Real titles often are a label: a model taught only on removed labels learns that an exact
/// match is a trap, and that a candidate sharing no word with the title is often right (it is, when its synonym was
/// removed); it then gains on the noisy dev set and loses on the hand-written titles. Small trees keep it from
/// learning more of the dev set's construction than of titles (docs/performance.md, 2026-12-07). Each query is
/// ranked with and without its language, as the product resolves both ways; a query whose concept is not among
/// the candidates teaches nothing and is left out.
/// </summary>
public static class ResolverTrainer
{
    public const int NoiseSeed = 7;

    /// <summary>100 trees of 4 leaves: 16 leaves or 200 trees gained on the noisy dev set and lost on hand-written titles.</summary>
    public static TrainerOptions Options { get; } = new() { Iterations = 100, Leaves = 4, MinExamplesPerLeaf = 20, LearningRate = 0.1 };

    public static (RankingModel Model, int Queries) Train(ResolverDevSet dev, int perLanguage)
    {
        var train = ResolverDevSet.Create(dev.Taxonomy, perLanguage, fromTrainSplit: true, noiseSeed: NoiseSeed);
        var noise = new TitleNoise(NoiseSeed + 1);
        var fromPreferred = new List<ResolverQuery>();
        foreach (var query in train.Queries)
        {
            if (train.Taxonomy.Find(query.Uri)!.PreferredLabels.TryGetValue(query.Language, out var preferred))
            {
                fromPreferred.Add(query with { Text = noise.Apply(preferred, query.Language, query.Kind) });
            }
        }

        using var resolver = new ConceptResolver(train.Taxonomy);
        var groups = new List<RankingGroup>();
        foreach (var query in train.Queries.Concat(fromPreferred))
        {
            foreach (var language in new[] { query.Language, null })
            {
                var candidates = resolver.CandidateFeatures(query.Text, query.Kind, language);
                if (candidates.Any(c => c.Uri == query.Uri))
                {
                    var items = candidates.Select(c => new RankingExample(c.Uri, c.Uri == query.Uri ? 1 : 0, c.Features, 0)).ToArray();
                    groups.Add(new RankingGroup(groups.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.UnixEpoch, items));
                }
            }
        }

        var queries = train.Queries.Count + fromPreferred.Count;
        return (RankingTrainer.Train(new RankingSet(groups), Options, ResolverFeatures.Count), queries);
    }

    /// <summary>Writes a trained re-ranker where <see cref="ResolverModel.Load"/> reads it: the model and its manifest.</summary>
    public static void Save(string folder, RankingModel model, int queries, IReadOnlyDictionary<string, double> devMrrAt10)
    {
        Directory.CreateDirectory(folder);
        model.Save(Path.Combine(folder, ResolverModel.ModelFile));
        ResolverModel.WriteManifest(folder, new ResolverModel.Manifest(ResolverFeatures.Names, Options.Name, Options.Seed, queries, devMrrAt10));
    }
}
