using DiasporaMatch.TestSupport;
using Xunit.Abstractions;

namespace DiasporaMatch.Taxonomy;

[Collection(EscoCollection.Name)]
public sealed class ResolverDevSetTests(EscoFixture esco, ITestOutputHelper output)
{
    private static readonly string[] HandWrittenLanguages = ["en", "fr", "nl"];

    [Fact]
    public void Create_SameSeed_SameQueriesAndSourcesRemoved()
    {
        var builder = SampleTaxonomy.Builder();
        builder.AddAltLabel(SampleTaxonomy.NeonatalCare, "en", "newborn care");
        builder.AddAltLabel(SampleTaxonomy.Nurse, "fr", "infirmière diplômée");
        var taxonomy = builder.Build();
        var first = ResolverDevSet.Create(taxonomy, perLanguage: 10, seed: 1);
        var second = ResolverDevSet.Create(taxonomy, perLanguage: 10, seed: 1);
        Assert.Equal(first.Queries, second.Queries);
        foreach (var query in first.Queries)
        {
            Assert.True(first.IsDev(query.Uri));
            var concept = first.Taxonomy.Find(query.Uri)!;
            Assert.Equal(taxonomy.Find(query.Uri)!.AltLabels[query.Language].Count - 1, concept.AltLabels.GetValueOrDefault(query.Language)?.Count ?? 0);
        }
    }

    [Fact]
    public void Create_Esco_SplitsByConceptWithAboutAFifthInDev()
    {
        var set = ResolverDevSet.Create(esco.Taxonomy, perLanguage: 100);
        var concepts = esco.Taxonomy.Concepts.Where(c => c.Kind is ConceptKind.Occupation or ConceptKind.Skill).ToArray();
        var share = concepts.Count(c => set.IsDev(c.Uri)) / (double)concepts.Length;
        Assert.InRange(share, 0.18, 0.22);
        Assert.All(set.Queries, q => Assert.True(set.IsDev(q.Uri)));
        Assert.Equal(["en", "fr", "nl"], set.Queries.Select(q => q.Language).Distinct());
        Assert.All(set.Queries.GroupBy(q => q.Language), g => Assert.InRange(g.Count(), 90, 100));
    }

    [Fact]
    public void Create_FromTrainSplit_QueriesOnlyTrainConceptsAndKeepsTheDevSourcesRemoved()
    {
        var dev = ResolverDevSet.Create(esco.Taxonomy, perLanguage: 50);

        var train = ResolverDevSet.Create(dev.Taxonomy, perLanguage: 50, fromTrainSplit: true, noiseSeed: 7);

        Assert.NotEmpty(train.Queries);
        Assert.All(train.Queries, q => Assert.False(dev.IsDev(q.Uri)));
        Assert.Empty(train.Queries.Select(q => q.Uri).Intersect(dev.Queries.Select(q => q.Uri)));
        Assert.All(dev.Queries, q => Assert.Equal(
            dev.Taxonomy.Find(q.Uri)!.AltLabels.GetValueOrDefault(q.Language)?.Count ?? 0,
            train.Taxonomy.Find(q.Uri)!.AltLabels.GetValueOrDefault(q.Language)?.Count ?? 0));
    }

    [Fact]
    public void LoadTitles_HandWrittenSets_EveryUriIsAnEscoOccupation()
    {
        foreach (var language in HandWrittenLanguages)
        {
            var titles = ResolverDevSet.LoadTitles(TitlesPath(language), language, esco.Taxonomy);
            Assert.True(titles.Count >= 100, $"{language}: {titles.Count} titles");
            Assert.All(titles, t => Assert.Equal(ConceptKind.Occupation, t.Kind));
            Assert.Equal(titles.Count, titles.Select(t => t.Text).Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void LoadTitles_UnknownUri_FailsWithLineNumber()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "titles.tsv");
        File.WriteAllLines(path, ["# comment", $"nurse\t{SampleTaxonomy.Nurse}", "cook\turn:nowhere"]);
        var error = Assert.Throws<InvalidDataException>(() => ResolverDevSet.LoadTitles(path, "en", SampleTaxonomy.Build()));
        Assert.Contains("titles.tsv:3:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_DevSetAndHandWritten_ProductAboveReferencesAndItsReRankerEarnsItsPlace()
    {
        var set = ResolverDevSet.Create(esco.Taxonomy, perLanguage: 150);
        var titles = HandWrittenLanguages.SelectMany(l => ResolverDevSet.LoadTitles(TitlesPath(l), l, esco.Taxonomy)).ToArray();
        using var product = new ConceptResolver(set.Taxonomy, ResolverModel.Bundled);
        using var similarity = new ConceptResolver(set.Taxonomy);
        using var bm25 = new Bm25Reference(set.Taxonomy);
        var grams = new CharGramReference(set.Taxonomy);
        var methods = new (string Name, Func<ResolverQuery, IReadOnlyList<string>> Rank)[]
        {
            ("product", q => product.Resolve(q.Text, q.Kind, q.Language, 10).Select(m => m.Uri).ToArray()),
            ("char3-tfidf", q => grams.Rank(q.Text, q.Kind, q.Language)),
            ("bm25", q => bm25.Rank(q.Text, q.Kind, q.Language)),
            ("similarity", q => similarity.Resolve(q.Text, q.Kind, q.Language, 10).Select(m => m.Uri).ToArray()),
        };
        foreach (var (name, queries) in new[] { ("noisy dev", set.Queries), ("hand-written", (IReadOnlyList<ResolverQuery>)titles) })
        {
            var results = methods.Select(m => ResolverComparison.Evaluate(queries, m.Rank)).ToArray();
            for (var i = 0; i < methods.Length; i++)
            {
                output.WriteLine($"{name,-12} {methods[i].Name,-12} " + string.Join("  ", results[i].Select(r => $"{r.Language} n={r.Queries} MRR@10={r.MrrAt10:F3} acc@1={r.AccuracyAt1:F3}")));
            }

            for (var l = 0; l < results[0].Count; l++)
            {
                Assert.True(results[0][l].MrrAt10 > results[2][l].MrrAt10, $"{name} {results[0][l].Language}: below BM25");
            }

            // The learned re-ranker stays only while it resolves better than the similarity it re-orders.
            Assert.True(results[0].Average(r => r.MrrAt10) > results[3].Average(r => r.MrrAt10), $"{name}: the re-ranker does not beat the similarity alone");
        }
    }

    private static string TitlesPath(string language) => Path.Combine(RepoPaths.Root, "data", "resolver", $"dev-titles.{language}.tsv");
}
