using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Storage;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Matching;

[Collection(SampleLearningCollection.Name)]
public sealed class MatchServiceWarmUpTests(SampleLearningFixture sample)
{
    [Fact]
    public async Task WarmUpAsync_SampleNeeds_RanksEachOnceAndServesNothing()
    {
        using var folder = new TempFolder();
        var log = new FeatureLog(folder.Path, sample.Test.Clock);
        var store = (FileDocumentStore)sample.Test.Workspace.Store;
        var sequence = store.LastSequence;
        using var service = sample.Service.With(sample.Service.Options with { FeatureLog = log });

        var rankings = await service.WarmUpAsync(needs: 12);

        Assert.Equal(12, rankings); // no model in this service: the baseline alone
        Assert.Empty(log.ReadAll());
        Assert.Equal(sequence, store.LastSequence);
    }

    [Fact]
    public async Task WarmUpAsync_NoNeedsAsked_RanksNothing() =>
        Assert.Equal(0, await sample.Service.WarmUpAsync(needs: 0));

    [Fact]
    public async Task WarmUpAsync_Cancelled_Stops()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sample.Service.WarmUpAsync(needs: 12, cancelled.Token));
    }
}
