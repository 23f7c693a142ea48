namespace DiasporaMatch.Replication;

/// <summary>
/// Where published index snapshots live (a folder, a blob container). Deliberately narrow: files go in under a
/// snapshot id, the manifest is committed last, so any manifest a reader finds names files that are complete.
/// </summary>
public interface IIndexSnapshotStore
{
    /// <summary>The committed snapshot with the highest cursor (newest on ties), or null when none is published.</summary>
    Task<IndexSnapshotManifest?> ReadNewestAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores one index file (<c>profiles/_0.cfs</c>) of a snapshot that is not committed yet.</summary>
    Task WriteFileAsync(string snapshotId, string path, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Copies one file of a committed snapshot into <paramref name="destination"/>.</summary>
    Task ReadFileAsync(string snapshotId, string path, Stream destination, CancellationToken cancellationToken = default);

    /// <summary>Makes the snapshot visible to readers; called once every file of it is written.</summary>
    Task CommitAsync(IndexSnapshotManifest manifest, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes every committed snapshot but the newest <paramref name="keep"/>, with their files. Old snapshots
    /// still hold records deleted or erased since, so they must not be kept longer than needed.
    /// </summary>
    Task<int> PruneAsync(int keep, CancellationToken cancellationToken = default);
}
