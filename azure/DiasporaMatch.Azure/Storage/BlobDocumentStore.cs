using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DiasporaMatch.Storage;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Azure.Storage;

/// <summary>
/// The Azure store: one blob per document under <c>docs/{kind}/{id}</c> in one container, its ETag as the
/// version, and the change feed in append blobs (see <see cref="BlobChangeLog"/>). Conditional requests make
/// every write safe across instances: create sends If-None-Match: *, replace and delete send If-Match.
/// <para>
/// Ordering: the document is written first and the change logged right after; the call returns only once
/// both are durable. So every acknowledged write is in the feed, its entry carries the new ETag, and a
/// follower never reads an entry before the document it points to is visible (logging first would let a
/// replica consume the entry, re-read the old document and never look again). A conditional write that
/// loses logs nothing. The one gap is a process dying between the two requests: that write was never
/// acknowledged, yet it is stored without an entry; the next write to the document, or an index rebuild
/// from the store, brings replicas level.
/// </para>
/// <para>
/// Blob names carry no ".json" suffix: the service lists names in ordinal order, and a suffix would put
/// "E-1-2.json" before "E-1.json" although the id "E-1" comes first. The content type says JSON instead.
/// </para>
/// </summary>
public sealed class BlobDocumentStore : IDocumentStore, IAsyncDisposable
{
    private const string DocsPrefix = "docs/";
    private readonly BlobContainerClient _container;
    private readonly BlobChangeLog _log;

    public BlobDocumentStore(BlobContainerClient container, BlobStoreOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(container);
        var segmentSize = options?.ChangeSegmentSize ?? BlobStoreOptions.MaxSegmentSize;
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(segmentSize, BlobStoreOptions.MaxSegmentSize);
        _container = container;
        _log = new BlobChangeLog(container, segmentSize, time ?? TimeProvider.System);
    }

    /// <summary>Validates the options, connects (by connection string or managed identity) and makes sure the container exists.</summary>
    public static async Task<BlobDocumentStore> OpenAsync(BlobStoreOptions options, CancellationToken cancellationToken = default)
    {
        var container = BlobContainerFactory.Create(options);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        return new BlobDocumentStore(container, options);
    }

    public async Task<StoredDocument?> GetAsync(string kind, string id, CancellationToken cancellationToken = default)
    {
        StoreNames.Check(kind, id);
        try
        {
            var result = await BlobOf(kind, id).DownloadContentAsync(cancellationToken);
            return new StoredDocument(kind, id, VersionOf(result.Value.Details.ETag), result.Value.Content.ToMemory());
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public Task<StoredDocument> CreateAsync(string kind, string id, ReadOnlyMemory<byte> json, CancellationToken cancellationToken = default) =>
        WriteAsync(kind, id, json, new BlobRequestConditions { IfNoneMatch = ETag.All }, "a document with this id exists already", cancellationToken);

    public Task<StoredDocument> ReplaceAsync(string kind, string id, ReadOnlyMemory<byte> json, string expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(expectedVersion);
        return WriteAsync(kind, id, json, new BlobRequestConditions { IfMatch = new ETag(expectedVersion) }, "the document is gone or changed since it was read (stale version)", cancellationToken);
    }

    public async Task<bool> DeleteAsync(string kind, string id, string? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        StoreNames.Check(kind, id);
        var blob = BlobOf(kind, id);
        try
        {
            var conditions = expectedVersion is null ? null : new BlobRequestConditions { IfMatch = new ETag(expectedVersion) };
            await blob.DeleteAsync(DeleteSnapshotsOption.None, conditions, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            // Like the file store: a missing document is "not deleted", only an existing other version is a conflict.
            if (!await blob.ExistsAsync(cancellationToken))
            {
                return false;
            }

            throw new DocumentConflictException(kind, id, "the document changed since it was read");
        }

        await _log.AppendAsync(kind, id, ChangeOperation.Delete, null);
        return true;
    }

    public async Task<IReadOnlyList<string>> ListIdsAsync(string kind, CancellationToken cancellationToken = default)
    {
        StoreNames.CheckKind(kind);
        var prefix = $"{DocsPrefix}{kind}/";
        var ids = new List<string>();
        await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }, cancellationToken))
        {
            ids.Add(item.Name[prefix.Length..]); // blobs are listed in name order
        }

        return ids;
    }

    public async Task<DocumentPage> ListAsync(string kind, string? cursor, int limit, CancellationToken cancellationToken = default)
    {
        StoreNames.CheckKind(kind);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (cursor is not null && !TextChecks.IsValidId(cursor))
        {
            throw new ArgumentException("the cursor is not one this store handed out", nameof(cursor));
        }

        var prefix = $"{DocsPrefix}{kind}/";
        // StartFrom is inclusive: the cursor's own id comes back first and is skipped.
        var options = new GetBlobsOptions { Prefix = prefix, StartFrom = cursor is null ? null : prefix + cursor };
        var ids = new List<string>(limit + 1);
        await foreach (var page in _container.GetBlobsAsync(options, cancellationToken).AsPages(pageSizeHint: limit + 2))
        {
            foreach (var item in page.Values)
            {
                var id = item.Name[prefix.Length..];
                if (cursor is null || string.CompareOrdinal(id, cursor) > 0)
                {
                    ids.Add(id);
                }
            }

            if (ids.Count > limit)
            {
                break;
            }
        }

        var more = ids.Count > limit;
        var pageIds = ids.Take(limit).ToList();
        return new DocumentPage(pageIds, more ? pageIds[^1] : null);
    }

    public Task<IReadOnlyList<DocumentChange>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        _log.ReadAsync(afterSequence, limit, cancellationToken);

    public ValueTask DisposeAsync() => _log.DisposeAsync();

    private async Task<StoredDocument> WriteAsync(string kind, string id, ReadOnlyMemory<byte> json, BlobRequestConditions conditions, string conflict, CancellationToken cancellationToken)
    {
        StoreNames.Check(kind, id);
        var copy = json.ToArray();
        ETag etag;
        try
        {
            var result = await BlobOf(kind, id).UploadAsync(
                BinaryData.FromBytes(copy),
                new BlobUploadOptions { Conditions = conditions, HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
                cancellationToken);
            etag = result.Value.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            throw new DocumentConflictException(kind, id, conflict);
        }

        var version = VersionOf(etag);
        // Not cancellable: the document is written, and a write must not end up stored but missing from the feed.
        await _log.AppendAsync(kind, id, ChangeOperation.Upsert, version);
        return new StoredDocument(kind, id, version, copy);
    }

    private BlobClient BlobOf(string kind, string id) => _container.GetBlobClient($"{DocsPrefix}{kind}/{id}");

    private static string VersionOf(ETag etag) => etag.ToString("G");
}
