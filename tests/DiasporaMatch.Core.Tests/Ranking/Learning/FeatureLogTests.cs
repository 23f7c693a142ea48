using DiasporaMatch.Facts;
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

    [Fact]
    public async Task AppendServedAsync_AnotherHandleReadingTheFile_StillAppends()
    {
        var log = new FeatureLog(_folder, new ManualTimeProvider());
        await log.AppendServedAsync("N-1", "baseline", null, List(("E-1", 0.5f)));

        // Another process (a `dmatch` reader, a backup) holding the log open must not make a served list fail.
        using (var reader = new FileStream(Path.Combine(_folder, FeatureLogEntry.Served + ".jsonl"), FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            await log.AppendServedAsync("N-2", "baseline", null, List(("E-1", 0.5f)));
        }

        Assert.Equal(["N-1", "N-2"], log.ReadAll().Select(e => e.NeedId));
    }

    [Fact]
    public async Task ReadAll_LastLineStillBeingWritten_ReadsTheCompleteOnes()
    {
        var log = new FeatureLog(_folder, new ManualTimeProvider());
        await log.AppendServedAsync("N-1", "baseline", null, List(("E-1", 0.5f), ("E-2", 0.25f)));
        await File.AppendAllTextAsync(Path.Combine(_folder, FeatureLogEntry.Served + ".jsonl"), "{\"event\":\"served\",\"needId\":\"N-");

        Assert.Equal(["E-1", "E-2"], log.ReadAll().Select(e => e.ExpertId));
    }

    [Fact]
    public async Task AppendServedAsync_ConcurrentWithReads_NoFailureAndNothingLost()
    {
        var log = new FeatureLog(_folder, new ManualTimeProvider());
        var appends = Enumerable.Range(0, 40).Select(i => log.AppendServedAsync($"N-{i}", "baseline", null, List(("E-1", i))));
        var reads = Enumerable.Range(0, 40).Select(_ => Task.Run(() => log.ReadAll().Count));

        await Task.WhenAll([.. appends, .. reads]);

        Assert.Equal(40, log.ReadAll().Select(e => e.NeedId).Distinct().Count());
    }

    [Fact]
    public async Task AppendServedAsync_SameListAgain_LogsItOnce()
    {
        var log = new FeatureLog(_folder, new ManualTimeProvider());
        await log.AppendServedAsync("N-1", "baseline", null, List(("E-1", 0.5f), ("E-2", 0.25f)));

        await log.AppendServedAsync("N-1", "baseline", null, List(("E-1", 0.5f), ("E-2", 0.25f)));

        Assert.Equal(["E-1", "E-2"], log.ReadAll().Select(e => e.ExpertId));
    }

    [Fact]
    public async Task AppendServedAsync_ChangedFeaturesOrderRankerOrNeed_LogsEachList()
    {
        var log = new FeatureLog(_folder, new ManualTimeProvider());
        await log.AppendServedAsync("N-1", "baseline", null, List(("E-1", 0.5f)));

        await log.AppendServedAsync("N-1", "baseline", null, List(("E-1", 0.75f)));
        await log.AppendServedAsync("N-1", "baseline", null, List(("E-2", 0.75f), ("E-1", 0.75f)));
        await log.AppendServedAsync("N-1", "model", "m1", List(("E-2", 0.75f), ("E-1", 0.75f)));
        await log.AppendServedAsync("N-2", "model", "m1", List(("E-2", 0.75f), ("E-1", 0.75f)));

        Assert.Equal(
            ["N-1 E-1 0.5", "N-1 E-1 0.75", "N-1 E-2 0.75", "N-1 E-1 0.75", "N-1 E-2 0.75", "N-1 E-1 0.75", "N-2 E-2 0.75", "N-2 E-1 0.75"],
            log.ReadAll().Select(e => FormattableString.Invariant($"{e.NeedId} {e.ExpertId} {e.Features[0]}")));
    }

    [Fact]
    public async Task AppendServedAsync_SameListAfterAnErasure_LogsItAgain()
    {
        var log = new FeatureLog(_folder, new ManualTimeProvider());
        await log.AppendServedAsync("N-1", "baseline", null, List(("E-1", 0.5f), ("E-2", 0.25f)));
        await log.EraseAsync("E-2");

        await log.AppendServedAsync("N-1", "baseline", null, List(("E-1", 0.5f), ("E-2", 0.25f)));

        Assert.Equal(["E-1", "E-1", "E-2"], log.ReadAll().Select(e => e.ExpertId));
    }

    private static List<MatchResult> List(params (string Expert, float Feature)[] ranked) =>
        [.. ranked.Select((r, i) => new MatchResult(i + 1, r.Expert, 1.0 / (i + 1), [], [r.Feature, 1]))];

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
