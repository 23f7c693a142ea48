using System.Security.Cryptography;
using DiasporaMatch.Facts;
using DiasporaMatch.TestSupport;
using Lucene.Net.Documents;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Search;

public sealed class LuceneIndexTests
{
    [Fact]
    public async Task Commit_WarmingInBackground_DecodesTheNewSegmentsFactsWithoutAQuery()
    {
        using var index = FactsIndex.With(FactsWarming.InBackground, "N-1", "N-2", "N-3");

        await index.Warmed.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(index.Warming);
        Assert.Equal(3, index.Facts.Decoded); // all decoded once it says it is done
    }

    [Fact]
    public async Task Commit_WarmingInBackgroundMeetsADamagedEntry_LogsItAndFinishes()
    {
        using var logs = new CapturedLogs();
        using var index = new LuceneIndex<NeedFacts>(new RAMDirectory(), FactsWarming.InBackground, logger: logs.CreateLogger("index"));
        FactsIndex.Add(index, "N-1");
        index.Upsert("N-2", new Document
        {
            new StringField(IndexFields.Id, "N-2", Field.Store.YES),
            new StoredField(IndexFields.Facts, new byte[] { 0xFF, 0x00, 0x13 }),
        });
        index.Commit(1);

        await index.Warmed.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains(logs.Entries, e => e.EventId == 2007 && e.Level == LogLevel.Error);
        Assert.Equal("N-1", index.Search(s => index.FactsOf(s, 0)).Id);
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
    public void FactsOf_TheIndexedVersion_ReturnsItsFacts()
    {
        using var index = FactsIndex.With(FactsWarming.Lazy);
        FactsIndex.Add(index, "N-1", version: "v1");
        FactsIndex.Add(index, "N-2", version: "v2");
        index.Commit(2);

        Assert.Equal("N-2", index.FactsOf("N-2", "v2")?.Id);
    }

    [Theory]
    [InlineData("N-1", "v2")] // the stored record changed since it was indexed
    [InlineData("N-9", "v1")] // never indexed
    [InlineData("N-0", "v1")] // indexed without a version (not from the store)
    public void FactsOf_NotTheIndexedVersion_ReturnsNull(string id, string version)
    {
        using var index = FactsIndex.With(FactsWarming.Lazy, "N-0");
        FactsIndex.Add(index, "N-1", version: "v1");
        index.Commit(2);

        Assert.Null(index.FactsOf(id, version));
    }

    [Theory]
    [InlineData("T1", false)]
    [InlineData("T2", true)] // a taxonomy imported since: every phrase must be resolved again
    [InlineData(null, false)] // a writer that resolves nothing does not judge
    public void Open_CommittedWithATaxonomy_OutdatedOnlyUnderAnother(string? taxonomy, bool outdated)
    {
        using var folder = new TempFolder();
        using (var writer = new LuceneIndex<NeedFacts>(FSDirectory.Open(folder.Path), taxonomy: "T1"))
        {
            FactsIndex.Add(writer, "N-1");
            writer.Commit(1);
        }

        using var reopened = new LuceneIndex<NeedFacts>(FSDirectory.Open(folder.Path), taxonomy: taxonomy);

        Assert.Equal(outdated, reopened.Outdated);
    }

    [Fact]
    public void Dispose_WhileWarmingInBackground_StopsDecodingBeforeItReturns()
    {
        var index = FactsIndex.With(FactsWarming.InBackground, [.. Enumerable.Range(0, 20_000).Select(i => $"N-{i}")]);
        var warming = index.Warmed;

        index.Dispose();

        Assert.True(warming.IsCompleted); // nothing decodes once Dispose has returned
        Assert.False(warming.IsFaulted);
    }

    [Fact]
    public void OpenReadOnly_BesideTheOpenWriter_ReadsTheLastCommitAndItsCursor()
    {
        using var folder = new TempFolder();
        using var writer = new LuceneIndex<NeedFacts>(FSDirectory.Open(folder.Path));
        FactsIndex.Add(writer, "N-1");
        FactsIndex.Add(writer, "N-2");
        writer.Commit(7);
        FactsIndex.Add(writer, "N-3"); // not committed: a reader must not see it

        using var reader = LuceneIndex<NeedFacts>.OpenReadOnly(FSDirectory.Open(folder.Path));

        Assert.True(reader.ReadOnly);
        Assert.False(writer.ReadOnly);
        Assert.Equal(7, reader.Cursor);
        Assert.Equal(2, reader.Count);
        Assert.Equal("N-2", reader.Search(s => reader.FactsOf(s, 1)).Id);
    }

    [Fact]
    public void Upsert_ReadOnly_ThrowsAndLeavesEveryFileAsItWas()
    {
        using var folder = new TempFolder();
        using (var writer = new LuceneIndex<NeedFacts>(FSDirectory.Open(folder.Path)))
        {
            FactsIndex.Add(writer, "N-1");
            writer.Commit(3);
        }

        var before = Files(folder.Path);
        using (var reader = LuceneIndex<NeedFacts>.OpenReadOnly(FSDirectory.Open(folder.Path)))
        {
            var refused = Assert.Throws<InvalidOperationException>(() => FactsIndex.Add(reader, "N-2"));
            Assert.Contains("read-only", refused.Message, StringComparison.Ordinal);
            Assert.Throws<InvalidOperationException>(() => reader.Delete("N-1"));
            Assert.Throws<InvalidOperationException>(reader.DeleteAll);
            Assert.Throws<InvalidOperationException>(() => reader.Commit(4));
            Assert.Throws<InvalidOperationException>(() => reader.Pin());
            Assert.Throws<InvalidOperationException>(reader.ExpungeDeletes);
            Assert.Equal(1, reader.Count);
            Assert.Equal(3, reader.Cursor);
        }

        Assert.Equal(before, Files(folder.Path));
    }

    private static Dictionary<string, string> Files(string folder) =>
        System.IO.Directory.EnumerateFiles(folder).ToDictionary(path => Path.GetFileName(path), path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))), StringComparer.Ordinal);
}
