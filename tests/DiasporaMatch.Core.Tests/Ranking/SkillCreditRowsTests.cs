using DiasporaMatch.Facts;
using DiasporaMatch.Normalisation;
using DiasporaMatch.Reference;
using DiasporaMatch.Taxonomy;

namespace DiasporaMatch.Ranking;

public sealed class SkillCreditRowsTests
{
    [Fact]
    public void Of_EveryHeldConcept_SameAsAskingTheHierarchyPerPair()
    {
        // The rows skip the hierarchy for concepts that cannot relate to any wanted one: the skip must never
        // hide a credit the pair-by-pair answer gives.
        var taxonomy = EscoImporter.Import(DataPaths.StarterTaxonomyFolder).Taxonomy;
        var memo = new HierarchyMemo(new TaxonomyView(taxonomy));
        var concepts = taxonomy.Concepts.Select(c => ConceptIds.Of(c.Uri)).Order().ToArray();
        var random = new Random(3);
        var related = 0;
        for (var round = 0; round < 20; round++)
        {
            int[] wanted = [.. Enumerable.Range(0, 5).Select(_ => concepts[random.Next(concepts.Length)]), 0];
            var rows = new SkillCreditRows(wanted, memo, ConceptIds.Count + 1);
            foreach (var held in concepts)
            {
                var row = rows.Of(held).ToArray();
                for (var i = 0; i < wanted.Length; i++)
                {
                    var expected = wanted[i] == 0 ? 0 : memo.Credit(wanted[i], held, oneStep: 0.5f, twoSteps: 0.25f);
                    Assert.Equal(expected, row[i]);
                    related += expected is > 0 and < 1 ? 1 : 0;
                }

                Assert.Equal(row, rows.Of(held).ToArray()); // remembered, not recomputed differently
                var hasRow = rows.TryRow(held, out var kept);
                Assert.True(hasRow || row.All(c => c == 0), "a skipped row must earn nothing");
                Assert.Equal(hasRow ? row : [], kept.ToArray());
            }
        }

        Assert.True(related > 50, $"only {related} related pairs checked");
    }

    [Fact]
    public void Of_SameConceptAsWanted_FullCredit()
    {
        var taxonomy = EscoImporter.Import(DataPaths.StarterTaxonomyFolder).Taxonomy;
        var memo = new HierarchyMemo(new TaxonomyView(taxonomy));
        var some = ConceptIds.Of(taxonomy.Concepts[0].Uri);

        var rows = new SkillCreditRows([some, 0], memo, ConceptIds.Count + 1);

        Assert.Equal([1f, 0f], rows.Of(some).ToArray());
    }
}
