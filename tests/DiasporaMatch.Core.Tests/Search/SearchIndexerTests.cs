using DiasporaMatch.Records;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Search;

public sealed class SearchIndexerTests
{
    [Fact]
    public async Task CatchUp_DeletedProfile_LeavesTheIndex()
    {
        await using var h = new SearchHarness();
        await h.AddAndIndexAsync(new ProfileBuilder("E-1").Skills("neonatal care").Build(), new ProfileBuilder("E-2").Skills("neonatal care").Build());

        await h.Store.DeleteAsync(RecordKind.Profiles, "E-1");
        await h.Service.Indexer.CatchUpAsync();

        Assert.Equal(1, h.Service.Indexes.Profiles.Count);
        Assert.Equal(["E-2"], (await h.MatchAsync(new NeedBuilder("N-1").Build())).Select(r => r.ExpertId));
    }

    [Fact]
    public async Task CatchUp_DeletedThenRecreatedInOneBatch_IndexedAsItIsNow()
    {
        await using var h = new SearchHarness();
        await h.AddAndIndexAsync(new ProfileBuilder("E-1").Skills("neonatal care").Build(), new ProfileBuilder("E-2").Skills("neonatal care").Build());

        await h.Store.DeleteAsync(RecordKind.Profiles, "E-1");
        await h.AddAsync(new ProfileBuilder("E-1").Skills("neonatal care").Build());
        await h.AddAsync(new ProfileBuilder("E-3").Skills("neonatal care").Build());
        await h.Store.DeleteAsync(RecordKind.Profiles, "E-2");
        var progress = new List<IndexingProgress>();
        var report = await h.Service.Indexer.CatchUpAsync(new Recorded(progress));

        Assert.Equal(["E-1", "E-3"], (await h.MatchAsync(new NeedBuilder("N-1").Build())).Select(r => r.ExpertId).Order(StringComparer.Ordinal));
        Assert.Equal((2, 1), (report.Indexed, report.Removed));
        Assert.Equal(new IndexingProgress(4, 4, 2), progress[^1]); // four log entries applied of four waiting
    }

    [Fact]
    public async Task CatchUp_UpdatedProfile_ReplacesItsEntry()
    {
        await using var h = new SearchHarness();
        await h.AddAndIndexAsync(new ProfileBuilder("E-1").Skills("neonatal care").Build());

        await h.AddAndIndexAsync(new ProfileBuilder("E-1").Skills("neonatal care").NoConsent().Build());

        Assert.Equal(1, h.Service.Indexes.Profiles.Count);
        Assert.Empty(await h.MatchAsync(new NeedBuilder("N-1").Build()));
    }

    [Fact]
    public async Task Rebuild_EqualsIncrementalIndexing()
    {
        await using var h = new SearchHarness();
        await h.AddAndIndexAsync(
            new ProfileBuilder("E-1").Skills("neonatal care").Build(),
            new ProfileBuilder("E-2").Skills("neonatal resuscitation").Build(),
            new ProfileBuilder("E-3").Skills("care", "training of trainers").Build(),
            new ProfileBuilder("E-4").Skills("paediatric care").Build());
        await h.AddAndIndexAsync(new ProfileBuilder("E-2").Skills("neonatal care", "training of trainers").Build());
        await h.Store.DeleteAsync(RecordKind.Profiles, "E-4");
        await h.Service.Indexer.CatchUpAsync();
        var need = new NeedBuilder("N-1").With(n => n with { OptionalSkills = ["training of trainers"] }).Build();
        var incremental = await h.MatchAsync(need);

        var end = h.Store.LastSequence;
        var report = await h.Service.Indexer.RebuildAsync();
        var rebuilt = await h.MatchAsync(need);

        Assert.Equal(end, report.Cursor);
        // BM25 statistics still count deleted entries until segments merge, so only the text score may differ.
        Assert.Equal(incremental.Select(r => r.ExpertId), rebuilt.Select(r => r.ExpertId));
        Assert.Equal(incremental.Select(r => WithoutText(r.Features)), rebuilt.Select(r => WithoutText(r.Features)));
    }

    [Fact]
    public async Task Lag_ReadOnlyIndexesBesideTheWriter_CountsUnindexedChangesAndRefusesToCatchUp()
    {
        await using var h = new SearchHarness(onDisk: true);
        await h.AddAndIndexAsync(new ProfileBuilder("E-1").Skills("neonatal care").Build());
        await h.AddAsync(new ProfileBuilder("E-2").Skills("neonatal care").Build());
        await h.AddAsync(new NeedBuilder("N-1").Build());
        using var reader = new Matching.MatchService(h.Store, SearchIndexes.OpenReadOnly(h.Folder.File("index")), SearchHarness.Facts(h.Taxonomy), h.Taxonomy);

        Assert.Equal(new IndexLag(2, Ahead: false), await reader.Indexer.LagAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.Indexer.CatchUpAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.Indexer.RebuildAsync());
        Assert.Equal(1, reader.Indexes.Profiles.Count);

        await h.Service.Indexer.CatchUpAsync();

        Assert.True((await h.Service.Indexer.LagAsync()).Current);
    }

    private static string WithoutText(float[] features) =>
        string.Join(",", features.Where((_, i) => i != Ranking.FeatureSchema.TextScore));

    [Fact]
    public async Task Reopen_CursorPersisted_ResumesAfterLastCommittedChange()
    {
        await using var h = new SearchHarness(onDisk: true);
        await h.AddAndIndexAsync(new ProfileBuilder("E-1").Skills("neonatal care").Build(), new ProfileBuilder("E-2").Skills("care").Build());
        var cursor = h.Service.Indexes.Cursor;

        h.Reopen();
        await h.AddAsync(new ProfileBuilder("E-3").Skills("neonatal care").Build());
        var report = await h.Service.Indexer.CatchUpAsync();

        Assert.Equal(2, cursor);
        Assert.Equal(1, report.Indexed);
        Assert.Equal(3, report.Cursor);
        Assert.Equal(3, h.Service.Indexes.Profiles.Count);
    }

    [Fact]
    public async Task CatchUp_LongPassInterrupted_ResumesFromItsLastCommit()
    {
        await using var h = new SearchHarness(onDisk: true);
        for (var i = 0; i < 10_500; i++)
        {
            await h.AddAsync(new ProfileBuilder($"E-{i}").Skills("care").Build());
        }

        var progress = new Recorded([], p =>
        {
            if (p.Applied == 10_500)
            {
                throw new IOException("disk gone"); // after the last batch is applied, before the pass's final commit
            }
        });
        await Assert.ThrowsAsync<IOException>(() => h.Service.Indexer.CatchUpAsync(progress));
        h.Reopen();
        var resumed = h.Service.Indexes.Cursor;
        var report = await h.Service.Indexer.CatchUpAsync();

        Assert.Equal(10_000, resumed); // committed once on the way, not after every batch nor only at the end
        Assert.Equal((500, 10_500L), (report.Indexed, report.Cursor));
        Assert.Equal(10_500, h.Service.Indexes.Profiles.Count);
    }

    /// <summary>Progress reported synchronously (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class Recorded(List<IndexingProgress> reports, Action<IndexingProgress>? then = null) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value)
        {
            reports.Add(value);
            then?.Invoke(value);
        }
    }
}
