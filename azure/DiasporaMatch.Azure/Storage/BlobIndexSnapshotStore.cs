using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using DiasporaMatch.Replication;

namespace DiasporaMatch.Azure.Storage;

/// <summary>
/// Index snapshots in a blob container (<c>snapshots</c>): <c>files/{id}/{index}/{file}</c>, then
/// <c>manifests/{cursor:D19}-{id}.json</c> written last. Blob listings are in ordinal name order, so the last
/// manifest listed is the newest; a manifest only exists once every file it names is uploaded. A file stays
/// while a kept manifest names it, under whichever snapshot id first stored it.
/// </summary>
public sealed class BlobIndexSnapshotStore(BlobContainerClient container) : IIndexSnapshotStore
{
    private const string ManifestPrefix = "manifests/";
    private const string FilePrefix = "files/";

    public async Task<IndexSnapshotManifest?> ReadNewestAsync(CancellationToken cancellationToken = default)
    {
        var names = await ManifestNamesAsync(cancellationToken);
        if (names.Count == 0)
        {
            return null;
        }

        try
        {
            var content = await container.GetBlobClient(names[^1]).DownloadContentAsync(cancellationToken);
            return IndexSnapshotManifest.Parse(content.Value.Content.ToMemory().Span);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null; // pruned between the listing and the read: a newer one exists, the next start takes it
        }
    }

    public async Task WriteFileAsync(string snapshotId, string path, Stream content, CancellationToken cancellationToken = default) =>
        await FileBlob(snapshotId, path).UploadAsync(content, overwrite: true, cancellationToken);

    public async Task ReadFileAsync(string snapshotId, string path, Stream destination, CancellationToken cancellationToken = default) =>
        await FileBlob(snapshotId, path).DownloadToAsync(destination, cancellationToken);

    public async Task CommitAsync(IndexSnapshotManifest manifest, CancellationToken cancellationToken = default) =>
        await container.GetBlobClient($"{ManifestPrefix}{manifest.SortName}.json").UploadAsync(
            BinaryData.FromBytes(manifest.ToJson()),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            cancellationToken);

    public async Task<int> PruneAsync(int keep, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        var names = await ManifestNamesAsync(cancellationToken);
        var pruned = 0;
        foreach (var name in names.Take(Math.Max(0, names.Count - keep)))
        {
            // The manifests first: no replica can pick a snapshot whose files are being deleted.
            await container.DeleteBlobIfExistsAsync(name, cancellationToken: cancellationToken);
            pruned++;
        }

        // Then every stored file no kept manifest needs (a kept one may need files stored under an older id).
        var needed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names.Skip(Math.Max(0, names.Count - keep)))
        {
            var content = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            needed.UnionWith(IndexSnapshotManifest.Parse(content.Value.Content.ToMemory().Span).StoredKeys);
        }

        await foreach (var file in container.GetBlobsAsync(new GetBlobsOptions { Prefix = FilePrefix }, cancellationToken))
        {
            if (!needed.Contains(file.Name[FilePrefix.Length..]))
            {
                await container.DeleteBlobIfExistsAsync(file.Name, cancellationToken: cancellationToken);
            }
        }

        return pruned;
    }

    /// <summary>Committed manifests, oldest first (the service lists names in ordinal order).</summary>
    private async Task<List<string>> ManifestNamesAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = ManifestPrefix }, cancellationToken))
        {
            names.Add(item.Name);
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    private BlobClient FileBlob(string snapshotId, string path)
    {
        IndexSnapshotLayout.CheckId(snapshotId);
        IndexSnapshotLayout.CheckPath(path);
        return container.GetBlobClient($"{FilePrefix}{snapshotId}/{path}");
    }
}
