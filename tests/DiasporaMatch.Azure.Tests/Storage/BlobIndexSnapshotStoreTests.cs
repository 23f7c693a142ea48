using System.Text;
using Azure.Storage.Blobs;
using DiasporaMatch.Azure.TestSupport;
using DiasporaMatch.Replication;

namespace DiasporaMatch.Azure.Storage;

/// <summary>The Blob snapshot store against Azurite: newest by cursor, files round-trip, pruning takes manifests and files.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobIndexSnapshotStoreTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private BlobContainerClient _container = null!;

    public async Task InitializeAsync() => _container = await azurite.NewContainerAsync();

    public async Task DisposeAsync() => await _container.DeleteIfExistsAsync();

    [Fact]
    public async Task ReadNewestAsync_SeveralCommitted_ReturnsTheHighestCursorAndItsFiles()
    {
        var store = new BlobIndexSnapshotStore(_container);
        Assert.Null(await store.ReadNewestAsync());

        foreach (var cursor in (long[])[9, 120, 35])
        {
            await PublishAsync(store, cursor);
        }

        var newest = (await store.ReadNewestAsync())!;
        using var file = new MemoryStream();
        await store.ReadFileAsync(newest.Id, "profiles/_0.cfs", file);

        Assert.Equal(120, newest.Cursor); // 120 sorts after 35 and 9: cursors are fixed width in the names
        Assert.Equal("cursor 120", Encoding.UTF8.GetString(file.ToArray()));
    }

    [Fact]
    public async Task PruneAsync_KeepTwo_DeletesOlderManifestsAndTheirFiles()
    {
        var store = new BlobIndexSnapshotStore(_container);
        for (var cursor = 1; cursor <= 4; cursor++)
        {
            await PublishAsync(store, cursor);
        }

        var pruned = await store.PruneAsync(2);

        var names = new List<string>();
        await foreach (var blob in _container.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        Assert.Equal(2, pruned);
        Assert.Equal(2, names.Count(n => n.StartsWith("manifests/", StringComparison.Ordinal)));
        Assert.Equal(2, names.Count(n => n.StartsWith("files/", StringComparison.Ordinal)));
        Assert.Equal(4, (await store.ReadNewestAsync())!.Cursor);
    }

    [Fact]
    public async Task PruneAsync_KeptManifestNamesAnOlderSnapshotsFile_KeepsThatFileOnly()
    {
        var store = new BlobIndexSnapshotStore(_container);
        var old = IndexSnapshotManifest.NewId(DateTimeOffset.UtcNow);
        await store.WriteFileAsync(old, "profiles/_0.cfs", new MemoryStream("shared"u8.ToArray()));
        await store.WriteFileAsync(old, "profiles/segments_1", new MemoryStream("old commit"u8.ToArray()));
        await store.CommitAsync(new IndexSnapshotManifest(old, 1, DateTimeOffset.UtcNow, [new IndexSnapshotFile("profiles/_0.cfs", 6), new IndexSnapshotFile("profiles/segments_1", 10)]));
        var next = IndexSnapshotManifest.NewId(DateTimeOffset.UtcNow);
        await store.WriteFileAsync(next, "profiles/segments_2", new MemoryStream("new commit"u8.ToArray()));
        await store.CommitAsync(new IndexSnapshotManifest(next, 2, DateTimeOffset.UtcNow, [new IndexSnapshotFile("profiles/_0.cfs", 6) { StoredIn = old }, new IndexSnapshotFile("profiles/segments_2", 10)]));

        Assert.Equal(1, await store.PruneAsync(1));

        var names = new List<string>();
        await foreach (var blob in _container.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        var newest = (await store.ReadNewestAsync())!;
        using var shared = new MemoryStream();
        await store.ReadFileAsync(newest.HolderOf(newest.Files[0]), newest.Files[0].Path, shared);
        Assert.Equal([$"files/{next}/profiles/segments_2", $"files/{old}/profiles/_0.cfs"], names.Where(n => n.StartsWith("files/", StringComparison.Ordinal)).OrderByDescending(n => n.Contains(next, StringComparison.Ordinal)));
        Assert.Equal("shared", Encoding.UTF8.GetString(shared.ToArray()));
    }

    [Fact]
    public async Task WriteFileAsync_PathOutOfTheSnapshot_IsRefused()
    {
        var store = new BlobIndexSnapshotStore(_container);

        await Assert.ThrowsAsync<InvalidDataException>(() => store.WriteFileAsync(IndexSnapshotManifest.NewId(DateTimeOffset.UtcNow), "../manifests/x.json", new MemoryStream()));
    }

    private static async Task PublishAsync(BlobIndexSnapshotStore store, long cursor)
    {
        var id = IndexSnapshotManifest.NewId(DateTimeOffset.UtcNow);
        var content = Encoding.UTF8.GetBytes($"cursor {cursor}");
        await store.WriteFileAsync(id, "profiles/_0.cfs", new MemoryStream(content));
        await store.CommitAsync(new IndexSnapshotManifest(id, cursor, DateTimeOffset.UtcNow, [new IndexSnapshotFile("profiles/_0.cfs", content.Length)]));
    }
}
