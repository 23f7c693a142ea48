namespace DiasporaMatch.Search;

public sealed class TopHitsTests
{
    [Fact]
    public void ToArray_ManyOffers_BestByScoreThenLowerDocument()
    {
        var random = new Random(3);
        var offers = Enumerable.Range(0, 2_000).Select(doc => (Doc: doc, Score: (float)random.Next(50))).ToList();
        var hits = new TopHits(100);
        foreach (var (doc, score) in offers.OrderBy(_ => random.Next()))
        {
            hits.Offer(doc, score);
        }

        var expected = offers.OrderByDescending(o => o.Score).ThenBy(o => o.Doc).Take(100);
        Assert.Equal(expected, hits.ToArray().Select(h => (h.Doc, h.Score)));
    }

    [Fact]
    public void ToArray_FewerOffersThanCapacity_AllReturned()
    {
        var hits = new TopHits(10);
        hits.Offer(5, 1f);
        hits.Offer(2, 3f);

        Assert.Equal([(2, 3f), (5, 1f)], hits.ToArray().Select(h => (h.Doc, h.Score)));
    }

    [Fact]
    public void ToArray_AnyFloats_ScoresExactAndOrderedAsAFloatComparisonOrders()
    {
        var random = new Random(11);
        float[] special = [float.MaxValue, float.Epsilon, -float.Epsilon, -3.5f, 1e-30f, 123456.79f, float.PositiveInfinity, float.NegativeInfinity];
        var offers = Enumerable.Range(0, 200).Select(doc => (Doc: doc, Score: doc < special.Length ? special[doc] : (float)((random.NextDouble() - 0.3) * 1e3))).ToList();
        var hits = new TopHits(offers.Count);
        offers.ForEach(o => hits.Offer(o.Doc, o.Score));

        var expected = offers.OrderByDescending(o => o.Score).ThenBy(o => o.Doc);
        Assert.Equal(expected, hits.ToArray().Select(h => (h.Doc, h.Score)));
    }

    [Fact]
    public void ToArray_NaNScore_SortsLast()
    {
        var hits = new TopHits(3);
        hits.Offer(1, float.NaN);
        hits.Offer(2, -1f);
        hits.Offer(3, 0f);

        var sorted = hits.ToArray();

        Assert.Equal([3, 2, 1], sorted.Select(h => h.Doc));
        Assert.True(float.IsNaN(sorted[2].Score));
    }
}
