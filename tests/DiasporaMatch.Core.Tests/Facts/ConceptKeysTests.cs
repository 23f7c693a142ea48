using DiasporaMatch.Facts;

namespace DiasporaMatch.Facts;

public sealed class ConceptKeysTests
{
    [Fact]
    public void Of_UrisInAnyOrder_SortedDistinctIdsAndUrisBack()
    {
        var keys = ConceptKeys.Of(["urn:k:b", null, "urn:k:a", "urn:k:b"], ["urn:k:c", "urn:k:a"], "urn:k:o");

        Assert.Equal(2, keys.Skills.Length);
        Assert.True(keys.Skills[0] < keys.Skills[1]);
        Assert.Equal(["urn:k:a", "urn:k:b"], keys.Skills.Select(ConceptIds.UriOf).Order(StringComparer.Ordinal));
        Assert.Equal("urn:k:o", ConceptIds.UriOf(keys.Occupation));
        Assert.Contains(ConceptIds.Of("urn:k:c"), keys.Expanded);
        Assert.DoesNotContain(0, keys.Expanded);
    }

    [Fact]
    public void Of_SameUriFromManyThreads_OneId()
    {
        var ids = Enumerable.Range(0, 64).AsParallel().Select(_ => ConceptIds.Of("urn:k:concurrent")).Distinct().ToList();

        Assert.Single(ids);
    }
}
