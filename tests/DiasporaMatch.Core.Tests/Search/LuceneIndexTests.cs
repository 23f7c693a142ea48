using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Search;

public sealed class LuceneIndexTests
{
    [Fact]
    public async Task Commit_WarmingInBackground_DecodesTheNewSegmentsFactsWithoutAQuery()
    {
        using var index = FactsIndex.With(FactsWarming.InBackground, "N-1", "N-2", "N-3");

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (index.Warming && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.False(index.Warming);
        Assert.Equal(3, index.Facts.Decoded); // all decoded once it says it is done
    }

    [Fact]
    public void Commit_WarmingLazily_DecodesNothingUntilAsked()
    {
        using var index = FactsIndex.With(FactsWarming.Lazy, "N-1", "N-2", "N-3");

        Assert.False(index.Warming);
        Assert.Equal(0, index.Facts.Decoded);
        Assert.Equal("N-2", index.Search(s => index.FactsOf(s, 1)).Id);
        Assert.Equal(1, index.Facts.Decoded);
    }

    [Fact]
    public void Commit_WarmingOnRefresh_HasEveryFactDecodedWhenCommitReturns()
    {
        using var index = FactsIndex.With(FactsWarming.OnRefresh, "N-1", "N-2", "N-3");

        Assert.Equal(3, index.Facts.Decoded);
    }

    [Fact]
    public async Task Dispose_WhileWarmingInBackground_StopsDecoding()
    {
        var index = FactsIndex.With(FactsWarming.InBackground, [.. Enumerable.Range(0, 20_000).Select(i => $"N-{i}")]);

        index.Dispose();
        var atDispose = index.Facts.Decoded;
        await Task.Delay(200);

        Assert.InRange(index.Facts.Decoded - atDispose, 0, 1); // at most the document in hand when it closed
    }
}
