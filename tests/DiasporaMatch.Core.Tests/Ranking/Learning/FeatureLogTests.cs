using DiasporaMatch.Search;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Ranking.Learning;

public sealed class FeatureLogTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "featurelog-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task EraseAsync_InvestmentDecisions_RemovesTheExpertsEntriesOnly()
    {
        var log = new FeatureLog(_folder, new ManualTimeProvider());
        var pair = new InvestmentPair(new OpportunityFacts { Id = "O-1" }, 2, [1, 0, 1, 0, 1]);
        await log.AppendInvestmentDecisionsAsync(
        [
            (new InvestmentDecision { OpportunityId = "O-1", ExpertId = "E-1", Value = "approved", At = DateTimeOffset.UnixEpoch }, pair),
            (new InvestmentDecision { OpportunityId = "O-1", ExpertId = "E-2", Value = "declined", At = DateTimeOffset.UnixEpoch }, pair),
        ]);

        var removed = await log.EraseAsync("E-1");

        Assert.Equal(1, removed);
        var kept = Assert.Single(log.ReadAll());
        Assert.Equal(("E-2", "O-1", FeatureLogEntry.InvestDecided, "declined"), (kept.ExpertId, kept.OpportunityId, kept.Event, kept.Decision));
        Assert.Equal([1f, 0, 1, 0, 1], kept.Features);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
