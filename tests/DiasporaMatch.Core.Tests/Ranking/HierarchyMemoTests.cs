using DiasporaMatch.Facts;
using DiasporaMatch.Normalisation;
using DiasporaMatch.Reference;
using DiasporaMatch.Taxonomy;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Ranking;

public sealed class HierarchyMemoTests
{
    [Fact]
    public void Distance_StarterTaxonomyPairs_SameAsTaxonomyWalk()
    {
        var taxonomy = EscoImporter.Import(DataPaths.StarterTaxonomyFolder).Taxonomy;
        var view = new TaxonomyView(taxonomy);
        var memo = new HierarchyMemo(view);
        var uris = taxonomy.Concepts.Select(c => c.Uri).Order(StringComparer.Ordinal).ToList();
        var random = new Random(5);
        var related = 0;
        foreach (var a in uris)
        {
            // Every concept against its own ancestors and descendants (the related pairs) and a few random ones.
            var others = taxonomy.Ancestors(a, 3).Concat(taxonomy.Descendants(a, 3)).Concat(Enumerable.Range(0, 3).Select(_ => uris[random.Next(uris.Count)])).Append(a);
            foreach (var b in others)
            {
                var expected = taxonomy.HierarchyDistance(a, b, HierarchyMemo.MaxDepth);
                related += expected is > 0 ? 1 : 0;
                Assert.Equal(expected, memo.Distance(ConceptIds.Of(a), ConceptIds.Of(b)));
            }
        }

        Assert.True(related > 100, $"only {related} related pairs checked");
    }

    [Fact]
    public void Distance_UnknownConcept_Null()
    {
        var memo = new HierarchyMemo(new TaxonomyView(SampleTaxonomy.Build()));

        Assert.Null(memo.Distance(ConceptIds.Of("urn:test:nowhere"), ConceptIds.Of(SampleTaxonomy.Care)));
        Assert.Equal(2, memo.Distance(ConceptIds.Of(SampleTaxonomy.NicuCare), ConceptIds.Of(SampleTaxonomy.Care)));
    }

    [Fact]
    public void Distance_ViewWithoutAncestry_AskedPerPair()
    {
        ITaxonomyView fake = new FakeTaxonomy();
        var memo = new HierarchyMemo(fake);

        var a = FakeTaxonomy.NeonatalCare;
        var b = FakeTaxonomy.Care;
        Assert.Null(fake.AncestorsWithDepth(a, 2));
        Assert.Equal(fake.HierarchyDistance(a, b), memo.Distance(ConceptIds.Of(a), ConceptIds.Of(b)));
        Assert.Equal(fake.HierarchyDistance(b, a), memo.Distance(ConceptIds.Of(b), ConceptIds.Of(a)));
    }

    [Fact]
    public void TryAncestors_EveryStarterConcept_SameAsAncestorsOnFirstAndLaterUse()
    {
        var taxonomy = EscoImporter.Import(DataPaths.StarterTaxonomyFolder).Taxonomy;
        var memo = new HierarchyMemo(new TaxonomyView(taxonomy));
        var ids = taxonomy.Concepts.Select(c => ConceptIds.Of(c.Uri)).ToList();
        var withAncestors = 0;
        for (var round = 0; round < 2; round++)
        {
            foreach (var id in ids)
            {
                Assert.True(memo.TryAncestors(id, out var ancestors));
                Assert.Equal(memo.Ancestors(id), ancestors.ToArray());
                withAncestors += ancestors.Length > 0 ? 1 : 0;
            }
        }

        Assert.True(withAncestors > ids.Count, $"only {withAncestors} concepts with ancestors seen");
    }

    [Fact]
    public void TryAncestors_ViewWithoutAncestry_False()
    {
        var memo = new HierarchyMemo(new FakeTaxonomy());

        Assert.False(memo.TryAncestors(ConceptIds.Of(FakeTaxonomy.NeonatalCare), out _));
        Assert.False(memo.TryAncestors(ConceptIds.Of(FakeTaxonomy.NeonatalCare), out _));
    }
}
