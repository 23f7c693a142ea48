using System.Text;
using DiasporaMatch.Matching;
using DiasporaMatch.Records;
using DiasporaMatch.Replication;
using DiasporaMatch.Search;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Replication;

/// <summary>DESIGN.md, Scale: the writer publishes a snapshot; a replica in another folder starts from it and follows the store's change log.</summary>
public sealed class IndexSnapshotReplicaTests
{
    [Fact]
    public async Task RestoreNewestAsync_ThenCatchUp_ReplicaHasTheSnapshotAndEveryLaterWrite()
    {
        await using var h = new SearchHarness(onDisk: true);
        await h.AddAndIndexAsync(Profile("E-1"), Profile("E-2"));
        var snapshots = new FileIndexSnapshotStore(h.Folder.File("snapshots"));
        var published = await new IndexSnapshotPublisher(snapshots, TimeProvider.System).PublishAsync(h.Service.Indexes);
        await h.AddAndIndexAsync(Profile("E-3"));

        var restored = await new IndexSnapshotReplica(snapshots).RestoreNewestAsync(h.Folder.File("replica"));
        using var replica = OpenReplica(h);

        Assert.Equal((published.Id, published.Cursor), (restored?.Id, restored?.Cursor));
        Assert.Equal(published.Cursor, replica.Indexes.Cursor);
        Assert.Equal(2, replica.Indexes.Profiles.Count); // the snapshot as published, before following the log

        await replica.Indexer.CatchUpAsync();

        Assert.Equal(h.Store.LastSequence, replica.Indexes.Cursor);
        Assert.Equal(["E-1", "E-2", "E-3"], Matches(replica, h));
    }

    [Fact]
    public async Task CatchUpAsync_RecordDeletedAfterTheSnapshot_LeavesTheReplica()
    {
        await using var h = new SearchHarness(onDisk: true);
        await h.AddAndIndexAsync(Profile("E-1"), Profile("E-2"));
        var snapshots = new FileIndexSnapshotStore(h.Folder.File("snapshots"));
        await new IndexSnapshotPublisher(snapshots, TimeProvider.System).PublishAsync(h.Service.Indexes);
        await h.Store.DeleteAsync(RecordKind.Profiles, "E-1");

        await new IndexSnapshotReplica(snapshots).RestoreNewestAsync(h.Folder.File("replica"));
        using var replica = OpenReplica(h);
        Assert.Equal(2, replica.Indexes.Profiles.Count);
        await replica.Indexer.CatchUpAsync();

        Assert.Equal(1, replica.Indexes.Profiles.Count);
        Assert.Equal(["E-2"], Matches(replica, h));
    }

    [Fact]
    public async Task RestoreNewestAsync_LocalIndexAlreadyAhead_KeepsTheLocalIndex()
    {
        await using var h = new SearchHarness(onDisk: true);
        await h.AddAndIndexAsync(Profile("E-1"));
        var snapshots = new FileIndexSnapshotStore(h.Folder.File("snapshots"));
        await new IndexSnapshotPublisher(snapshots, TimeProvider.System).PublishAsync(h.Service.Indexes);
        await h.AddAndIndexAsync(Profile("E-2"));

        Assert.Null(await new IndexSnapshotReplica(snapshots).RestoreNewestAsync(h.Folder.File("index")));
        Assert.Null(await new IndexSnapshotReplica(new FileIndexSnapshotStore(h.Folder.File("none"))).RestoreNewestAsync(h.Folder.File("replica")));
    }

    [Fact]
    public async Task PublishAsync_ThreeTimes_KeepsTheNewestTwoAndReadsTheNewest()
    {
        await using var h = new SearchHarness(onDisk: true);
        var snapshots = new FileIndexSnapshotStore(h.Folder.File("snapshots"));
        var publisher = new IndexSnapshotPublisher(snapshots, TimeProvider.System);
        IndexSnapshotManifest? last = null;
        for (var i = 1; i <= 3; i++)
        {
            await h.AddAndIndexAsync(Profile($"E-{i}"));
            last = await publisher.PublishAsync(h.Service.Indexes);
        }

        Assert.Equal(last!.Id, (await snapshots.ReadNewestAsync())?.Id);
        Assert.Equal(IndexSnapshotPublisher.Keep, Directory.GetFiles(h.Folder.File(Path.Combine("snapshots", "manifests"))).Length);
        Assert.Equal(NeededByKeptManifests(h), StoredFiles(h));
    }

    [Fact]
    public async Task PublishAsync_UnchangedOrGrown_UploadsOnlyTheFilesTheNewestSnapshotLacks()
    {
        await using var h = new SearchHarness(onDisk: true);
        var snapshots = new FileIndexSnapshotStore(h.Folder.File("snapshots"));
        var publisher = new IndexSnapshotPublisher(snapshots, TimeProvider.System);
        await h.AddAndIndexAsync(Profile("E-1"));
        var first = await publisher.PublishAsync(h.Service.Indexes);

        var same = await publisher.PublishAsync(h.Service.Indexes);
        await h.AddAndIndexAsync(Profile("E-2"));
        var grown = await publisher.PublishAsync(h.Service.Indexes);
        var restored = await new IndexSnapshotReplica(snapshots).RestoreNewestAsync(h.Folder.File("replica"));
        using var replica = OpenReplica(h);

        Assert.All(same.Files, f => Assert.Equal(first.Id, f.StoredIn)); // nothing uploaded again
        Assert.Contains(grown.Files, f => f.StoredIn == first.Id);       // the first segment is referenced...
        Assert.Contains(grown.Files, f => f.StoredIn is null);           // ...the new one uploaded
        Assert.Null(Array.Find(StoredFiles(h).ToArray(), f => f.StartsWith(same.Id, StringComparison.Ordinal)));
        Assert.Equal(grown.Id, restored?.Id);
        Assert.Equal(["E-1", "E-2"], Matches(replica, h)); // restored from files stored under a pruned snapshot's id
        Assert.Equal(NeededByKeptManifests(h), StoredFiles(h));
    }

    [Fact]
    public async Task RestoreNewestAsync_StoredFileAltered_RefusedAndLocalIndexKept()
    {
        await using var h = new SearchHarness(onDisk: true);
        var snapshots = new FileIndexSnapshotStore(h.Folder.File("snapshots"));
        await h.AddAndIndexAsync(Profile("E-1"));
        var published = await new IndexSnapshotPublisher(snapshots, TimeProvider.System).PublishAsync(h.Service.Indexes);
        var victim = h.Folder.File(Path.Combine("snapshots", "files", published.Id, published.Files[0].Path));
        var bytes = await File.ReadAllBytesAsync(victim);
        bytes[^1] ^= 0xFF; // same length, other content
        await File.WriteAllBytesAsync(victim, bytes);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => new IndexSnapshotReplica(snapshots).RestoreNewestAsync(h.Folder.File("replica")));

        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(h.Folder.File("replica")));
    }

    private static SortedSet<string> StoredFiles(SearchHarness h)
    {
        var files = h.Folder.File(Path.Combine("snapshots", "files"));
        return new(Directory.GetFiles(files, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(files, f).Replace(Path.DirectorySeparatorChar, '/')), StringComparer.Ordinal);
    }

    private static SortedSet<string> NeededByKeptManifests(SearchHarness h) =>
        new(Directory.GetFiles(h.Folder.File(Path.Combine("snapshots", "manifests"))).SelectMany(m => IndexSnapshotManifest.Parse(File.ReadAllBytes(m)).StoredKeys), StringComparer.Ordinal);

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("profiles/../../x")]
    [InlineData("/profiles/_0.cfs")]
    [InlineData("other/_0.cfs")]
    [InlineData("profiles/.hidden")]
    public void Parse_ManifestWithAPathOutOfTheSnapshot_IsRefused(string path)
    {
        var json = $$"""{"id":"20261130T101010123Z-0123abcd","cursor":1,"createdAt":"2026-11-30T10:10:10Z","files":[{"path":"{{path}}","length":1}]}""";

        Assert.Throws<InvalidDataException>(() => IndexSnapshotManifest.Parse(Encoding.UTF8.GetBytes(json)));
    }

    private static Profiles.ExpertProfile Profile(string id) => new ProfileBuilder(id).Skills("neonatal care").Build();

    private static MatchService OpenReplica(SearchHarness h) =>
        new(h.Store, SearchIndexes.Open(h.Folder.File("replica")), SearchHarness.Facts(h.Taxonomy), h.Taxonomy);

    private static List<string> Matches(MatchService replica, SearchHarness h) =>
        [.. replica.Match(new NeedBuilder("N-1").Build(), 50, new Ranking.BaselineRanker()).Select(r => r.ExpertId).Order(StringComparer.Ordinal)];
}
