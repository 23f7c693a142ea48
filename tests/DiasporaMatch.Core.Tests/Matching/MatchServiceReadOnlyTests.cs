using DiasporaMatch.Decisions;
using DiasporaMatch.Ranking;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Search;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Matching;

/// <summary>A match service over read-only indexes (a reader beside the writing process): same answers, no writes.</summary>
public sealed class MatchServiceReadOnlyTests
{
    [Fact]
    public async Task MatchAsync_ReadOnlyBesideTheWriter_RanksAsTheWriterAndLogsNothing()
    {
        await using var h = new SearchHarness(onDisk: true);
        await h.AddAndIndexAsync(
            new ProfileBuilder("E-1").Skills("neonatal care").Build(),
            new ProfileBuilder("E-2").Skills("neonatal care", "training of trainers").Build(),
            new NeedBuilder("N-1").Build());
        var written = await h.Service.MatchAsync("N-1", 10);
        var logFolder = h.Folder.File(FeatureLog.FolderName);
        using var reader = new MatchService(
            h.Store,
            SearchIndexes.OpenReadOnly(h.Folder.File("index")),
            SearchHarness.Facts(h.Taxonomy),
            h.Taxonomy,
            new MatchServiceOptions { FeatureLog = new FeatureLog(logFolder, TimeProvider.System) });

        var read = await reader.MatchAsync("N-1", 10);

        Assert.True(reader.ReadOnly);
        Assert.NotEmpty(written!);
        Assert.Equal(written!.Select(r => (r.ExpertId, r.Score)), read!.Select(r => (r.ExpertId, r.Score)));
        Assert.False(Directory.Exists(logFolder)); // not one served line
        var decision = new Decision { Id = "D-1", NeedId = "N-1", ExpertId = "E-1", Value = DecisionGrades.Approved, At = DateTimeOffset.UnixEpoch };
        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.LogDecisionAsync(decision));
        Assert.False(Directory.Exists(logFolder));
    }
}
