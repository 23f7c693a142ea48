using DiasporaMatch.TestSupport;
using Xunit.Abstractions;

namespace DiasporaMatch.Taxonomy;

[Collection(EscoCollection.Name)]
public sealed class ResolverEvaluationTests(EscoFixture esco, ITestOutputHelper output)
{
    [Fact]
    public void Run_EscoSample_ReportsEachLanguage()
    {
        var results = ResolverEvaluation.Run(esco.Taxonomy, perLanguage: 300, seed: 42);
        foreach (var result in results)
        {
            output.WriteLine($"{result.Language}: n={result.Queries} MRR@10={result.MrrAt10:F3} acc@1={result.AccuracyAt1:F3}");
        }

        Assert.Equal(["en", "fr", "nl"], results.Select(r => r.Language));
        Assert.All(results, r =>
        {
            Assert.Equal(300, r.Queries);
            Assert.InRange(r.AccuracyAt1, 0.0, r.MrrAt10);
            // Held-out synonyms are hard; a broken resolver scores near zero, the current one about 0.7-0.8.
            Assert.InRange(r.MrrAt10, 0.5, 1.0);
        });
    }

    [Fact]
    public void Run_SameSeed_SameFigures()
    {
        var builder = SampleTaxonomy.Builder();
        builder.AddAltLabel(SampleTaxonomy.Training, "en", "staff training");
        builder.AddAltLabel(SampleTaxonomy.Care, "en", "caring for people");
        var taxonomy = builder.Build();
        var first = ResolverEvaluation.Run(taxonomy, perLanguage: 1, seed: 7);
        Assert.Equal(first, ResolverEvaluation.Run(taxonomy, perLanguage: 1, seed: 7));
        Assert.Equal(1, Assert.Single(first).Queries);
    }
}
