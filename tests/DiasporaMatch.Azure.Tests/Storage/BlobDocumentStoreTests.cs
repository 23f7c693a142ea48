using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DiasporaMatch.Azure.TestSupport;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Azure.Storage;

/// <summary>The store contract against Azurite, plus what only a shared, multi-writer blob store has to get right.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobDocumentStoreTests(AzuriteFixture azurite) : DocumentStoreContractTests, IAsyncLifetime
{
    private readonly List<BlobDocumentStore> _stores = [];
    private BlobContainerClient _container = null!;
    private BlobDocumentStore _store = null!;

    protected override IDocumentStore Store => _store;

    public async Task InitializeAsync()
    {
        _container = await azurite.NewContainerAsync();
        _store = Open(_container);
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        await _container.DeleteIfExistsAsync();
    }

    [Fact]
    public async Task ReadChangesAsync_AcrossSegments_ReturnsEverySequenceOnceInOrder()
    {
        var store = Open(_container, segmentSize: 3);
        for (var i = 1; i <= 10; i++)
        {
            await store.CreateAsync("profiles", $"E-{i:D2}", "{}"u8.ToArray());
        }

        var all = await store.ReadChangesAsync(0, 100);
        var fromMiddle = await store.ReadChangesAsync(4, 100);
        var paged = new List<long>();
        for (long cursor = 0; ;)
        {
            var page = await store.ReadChangesAsync(cursor, 4);
            if (page.Count == 0)
            {
                break;
            }

            paged.AddRange(page.Select(c => c.Sequence));
            cursor = page[^1].Sequence;
        }

        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), all.Select(c => c.Sequence));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"E-{i:D2}"), all.Select(c => c.Id));
        Assert.Equal(Enumerable.Range(5, 6).Select(i => (long)i), fromMiddle.Select(c => c.Sequence));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), paged);
        Assert.Equal(4, await SegmentCountAsync());
    }

    [Fact]
    public async Task ReadChangesAsync_TwoStoresWritingAtOnce_SequencesAreDenseAndUnique()
    {
        // Two stores over one container stand for two Function instances: they share nothing but the storage account.
        const int perStore = 60;
        var first = Open(new BlobContainerClient(azurite.ConnectionString, _container.Name), segmentSize: 7);
        var second = Open(new BlobContainerClient(azurite.ConnectionString, _container.Name), segmentSize: 7);

        await Task.WhenAll(
            WriteManyAsync(first, "A", perStore),
            WriteManyAsync(second, "B", perStore));

        var changes = await first.ReadChangesAsync(0, 1000);
        Assert.Equal(Enumerable.Range(1, 2 * perStore).Select(i => (long)i), changes.Select(c => c.Sequence));
        var expectedIds = Enumerable.Range(0, perStore).SelectMany(i => (string[])[$"A-{i:D3}", $"B-{i:D3}"]).Order(StringComparer.Ordinal);
        Assert.Equal(expectedIds, changes.Select(c => c.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_AfterReopen_ContinuesTheSequence()
    {
        var before = Open(_container, segmentSize: 2);
        for (var i = 1; i <= 3; i++)
        {
            await before.CreateAsync("needs", $"N-{i}", "{}"u8.ToArray());
        }

        var reopened = Open(new BlobContainerClient(azurite.ConnectionString, _container.Name), segmentSize: 2);
        await reopened.CreateAsync("needs", "N-4", "{}"u8.ToArray());
        await before.CreateAsync("needs", "N-5", "{}"u8.ToArray());

        var changes = await reopened.ReadChangesAsync(0, 10);
        Assert.Equal([1L, 2L, 3L, 4L, 5L], changes.Select(c => c.Sequence));
        Assert.Equal(["N-1", "N-2", "N-3", "N-4", "N-5"], changes.Select(c => c.Id));
    }

    [Fact]
    public async Task ReadChangesAsync_Upsert_CarriesTheWrittenVersion()
    {
        var created = await _store.CreateAsync("profiles", "E-1", "{\"a\":1}"u8.ToArray());
        var replaced = await _store.ReplaceAsync("profiles", "E-1", "{\"a\":2}"u8.ToArray(), created.Version);

        var changes = await _store.ReadChangesAsync(0, 10);

        Assert.Equal([created.Version, replaced.Version], changes.Select(c => c.Version));
    }

    [Fact]
    public async Task ReplaceAsync_Conflict_LogsNothing()
    {
        var created = await _store.CreateAsync("needs", "N-1", "{\"n\":1}"u8.ToArray());
        await _store.ReplaceAsync("needs", "N-1", "{\"n\":2}"u8.ToArray(), created.Version);

        await Assert.ThrowsAsync<DocumentConflictException>(() => _store.ReplaceAsync("needs", "N-1", "{\"n\":3}"u8.ToArray(), created.Version));
        await Assert.ThrowsAsync<DocumentConflictException>(() => _store.CreateAsync("needs", "N-1", "{}"u8.ToArray()));

        Assert.Equal(2, (await _store.ReadChangesAsync(0, 10)).Count);
    }

    [Fact]
    public async Task ListAsync_IdsThatPrefixEachOther_PageInOrdinalOrder()
    {
        string[] ids = ["E-1", "E-1-2", "E-1.5", "E-10", "E-1_a", "E-2"];
        foreach (var id in ids.Reverse())
        {
            await _store.CreateAsync("profiles", id, "{}"u8.ToArray());
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await _store.ListAsync("profiles", cursor, 1);
            seen.AddRange(page.Ids);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(ids.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task CreateAsync_Layout_IsDocumentBlobAndChangeSegment()
    {
        await _store.CreateAsync("profiles", "E-1", "{}"u8.ToArray());

        var names = new List<string>();
        await foreach (var item in _container.GetBlobsAsync())
        {
            names.Add(item.Name);
        }

        Assert.Equal(["changes/00000000.log", "docs/profiles/E-1"], names);
        var properties = await _container.GetBlobClient("docs/profiles/E-1").GetPropertiesAsync();
        Assert.Equal("application/json", properties.Value.ContentType);
    }

    [Fact]
    public async Task ListAsync_ForeignCursor_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.ListAsync("profiles", "../x", 10));
    }

    private BlobDocumentStore Open(BlobContainerClient container, int segmentSize = BlobStoreOptions.MaxSegmentSize)
    {
        var store = new BlobDocumentStore(container, new BlobStoreOptions { ConnectionString = azurite.ConnectionString, ChangeSegmentSize = segmentSize });
        _stores.Add(store);
        return store;
    }

    private static async Task WriteManyAsync(BlobDocumentStore store, string prefix, int count)
    {
        // Several writers per store as well, so group commit and cross-store races both happen.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(lane => Task.Run(async () =>
        {
            for (var i = lane; i < count; i += 4)
            {
                await store.CreateAsync("profiles", $"{prefix}-{i:D3}", "{}"u8.ToArray());
            }
        })));
    }

    private async Task<int> SegmentCountAsync()
    {
        var count = 0;
        await foreach (var _ in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = "changes/" }))
        {
            count++;
        }

        return count;
    }
}
