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
}
