using System.Text.Json;
using DiasporaMatch.Matching;
using DiasporaMatch.Profiles;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using DiasporaMatch.TestSupport;
using DiasporaMatch.Text;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Search;

public sealed class SearchIndexerCursorTests
{
    [Fact]
    public async Task CatchUp_CursorAheadOfRestoredLog_RebuildsFromTheStoreAndSaysSo()
    {
        using var folder = new TempFolder();
        var taxonomy = new FakeTaxonomy();
        var root = folder.File("store");
        var log = Path.Combine(root, "changes.log");
        byte[] backup;
        await using (var store = new FileDocumentStore(root, new FileStoreOptions { FlushToDisk = false }))
        {
            await PutAsync(store, "E-1");
            backup = await File.ReadAllBytesAsync(log);
            await PutAsync(store, "E-2");
            await PutAsync(store, "E-3");
            using var service = Open(store, folder, taxonomy);
            Assert.Equal(3, (await service.Indexer.CatchUpAsync()).Cursor);
        }

        await File.WriteAllBytesAsync(log, backup); // the log restored from a backup holds one change; the index applied three
        await using var restored = new FileDocumentStore(root, new FileStoreOptions { FlushToDisk = false });
        await PutAsync(restored, "E-4"); // change 2: resuming from cursor 3 would never index it
        var logs = new CapturedLogs();
        using var reopened = Open(restored, folder, taxonomy, logs);

        var report = await reopened.Indexer.CatchUpAsync();

        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("rebuilding the index", warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, report.Cursor);
        Assert.Equal(2, reopened.Indexes.Cursor);
        Assert.Equal(4, reopened.Indexes.Profiles.Count);
    }

    [Fact]
    public async Task CatchUp_LostChangeInTheLog_RebuildsSoTheRecordItTouchedIsIndexed()
    {
        using var folder = new TempFolder();
        var taxonomy = new FakeTaxonomy();
        var root = folder.File("store");
        await using (var store = new FileDocumentStore(root, new FileStoreOptions { FlushToDisk = false }))
        {
            await PutAsync(store, "E-1");
            using var service = Open(store, folder, taxonomy);
            await service.Indexer.CatchUpAsync();
            await PutAsync(store, "E-2");
            await PutAsync(store, "E-3");
        }

        var log = Path.Combine(root, "changes.log");
        var lines = await File.ReadAllLinesAsync(log);
        lines[1] = "{\"seq\":2,\"kind\":\"prof"; // E-2's change damaged; the index has not applied it
        await File.WriteAllLinesAsync(log, lines);
        await using var reopened = new FileDocumentStore(root, new FileStoreOptions { FlushToDisk = false });
        var logs = new CapturedLogs();
        using var again = Open(reopened, folder, taxonomy, logs);

        var report = await again.Indexer.CatchUpAsync();

        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("rebuilding the index", StringComparison.Ordinal));
        Assert.Equal(3, report.Cursor);
        Assert.Equal(3, again.Indexes.Profiles.Count);
    }

    [Fact]
    public async Task CatchUp_CursorWithinTheLog_DoesNotRebuild()
    {
        await using var h = new SearchHarness(onDisk: true);
        await h.AddAndIndexAsync(new ProfileBuilder("E-1").Build(), new ProfileBuilder("E-2").Build());
        h.Reopen();

        var report = await h.Service.Indexer.CatchUpAsync();

        Assert.DoesNotContain(h.Logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Equal(0, report.Indexed);
        Assert.Equal(2, report.Cursor);
    }

    [Fact]
    public async Task CatchUp_IndexOfAnEarlierLayout_RebuiltOnceFromTheStore()
    {
        await using var h = new SearchHarness(onDisk: true);
        var profile = new ProfileBuilder("E-1").With(p => p with { FullName = "Nadia El Amrani" }).Build();
        await h.AddAndIndexAsync(profile, new ProfileBuilder("E-2").Build());

        // As an index written before duplicate keys existed: its commit says nothing of a layout.
        h.Reopen(() =>
        {
            using var directory = FSDirectory.Open(Path.Combine(h.Folder.File("index"), SearchIndexes.ProfilesFolder));
            using var writer = new IndexWriter(directory, new IndexWriterConfig(TextAnalysis.Version, new StandardAnalyzer(TextAnalysis.Version)));
            writer.SetCommitData(new Dictionary<string, string> { [IndexFields.CursorKey] = "2" });
            writer.Commit();
        });
        Assert.True(h.Service.Indexes.Outdated);

        var rebuilt = await h.Service.Indexer.CatchUpAsync();
        h.Reopen();
        var after = await h.Service.Indexer.CatchUpAsync();

        Assert.Equal(2, rebuilt.Indexed);
        Assert.Contains(h.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("earlier layout", StringComparison.Ordinal));
        Assert.False(h.Service.Indexes.Outdated);
        Assert.Equal(0, after.Indexed);
        Assert.Equal(["E-1"], ProfileLookalikes.Of(h.Service.Indexes.Profiles, profile with { Id = "E-9" }));
    }

    private static MatchService Open(FileDocumentStore store, TempFolder folder, FakeTaxonomy taxonomy, CapturedLogs? logs = null) =>
        new(store, SearchIndexes.Open(folder.File("index")), SearchHarness.Facts(taxonomy), taxonomy, new MatchServiceOptions { LoggerFactory = logs ?? new CapturedLogs() });

    private static Task PutAsync(FileDocumentStore store, string id) =>
        store.CreateAsync(RecordKind.Profiles, id, JsonSerializer.SerializeToUtf8Bytes(new ProfileBuilder(id).Skills("neonatal care").Build(), RecordJson.Options));
}
