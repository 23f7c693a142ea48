using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Search;

public sealed class FactsCacheTests
{
    [Fact]
    public void Warm_LiveDocuments_DecodesEachOnceAndSkipsDeleted()
    {
        using var index = FactsIndex.With(FactsWarming.Lazy, "N-1", "N-2", "N-3");
        index.Delete("N-2");
        index.Commit(2);
        var first = index.Search(s => index.FactsOf(s, 0));

        index.Search(s =>
        {
            index.Facts.Warm(s.IndexReader, CancellationToken.None);
            return 0;
        });

        Assert.Equal(2, index.Facts.Decoded);
        Assert.Same(first, index.Search(s => index.FactsOf(s, 0)));
    }

    [Fact]
    public void Warm_AfterANewSegment_DecodesTheNewSegmentToo()
    {
        using var index = FactsIndex.With(FactsWarming.Lazy, "N-1", "N-2");
        index.Search(s =>
        {
            index.Facts.Warm(s.IndexReader, CancellationToken.None);
            return 0;
        });
        FactsIndex.Add(index, "N-3");
        index.Commit(2);

        index.Search(s =>
        {
            index.Facts.Warm(s.IndexReader, CancellationToken.None);
            return 0;
        });

        Assert.Equal(3, index.Facts.Decoded);
    }

    [Fact]
    public void Warm_Cancelled_StopsBeforeDecoding()
    {
        using var index = FactsIndex.With(FactsWarming.Lazy, "N-1", "N-2");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => index.Search(s =>
        {
            index.Facts.Warm(s.IndexReader, cancelled.Token);
            return 0;
        }));
        Assert.Equal(0, index.Facts.Decoded);
    }
}
