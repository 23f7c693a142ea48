using DiasporaMatch.Search;

namespace DiasporaMatch.Replication;

/// <summary>
/// The single writer's half of index replication: pins the latest Lucene commit of each index (Lucene's
/// <c>SnapshotDeletionPolicy</c>, so the writer cannot delete a file being copied), uploads its files with the
/// change-log cursor that commit covers, commits the manifest, then prunes older snapshots.
/// </summary>
public sealed class IndexSnapshotPublisher(IIndexSnapshotStore snapshots, TimeProvider time)
{
    /// <summary>Snapshots kept after a publish: the new one and the one before it, for replicas mid-download.</summary>
    public const int Keep = 2;

    public async Task<IndexSnapshotManifest> PublishAsync(SearchIndexes indexes, CancellationToken cancellationToken = default)
    {
        var root = indexes.Root ?? throw new InvalidOperationException("indexes in memory cannot be published as a snapshot");
        var createdAt = time.GetUtcNow();
        var id = IndexSnapshotManifest.NewId(createdAt);
        var cursor = long.MaxValue;
        var files = new List<IndexSnapshotFile>();
        using (var pinned = indexes.Pin())
        {
            foreach (var (folder, commit) in pinned.Commits)
            {
                cursor = Math.Min(cursor, IndexSnapshotLayout.CursorOf(commit));
                foreach (var name in commit.FileNames)
                {
                    await using var content = File.OpenRead(Path.Combine(root, folder, name));
                    var file = new IndexSnapshotFile($"{folder}/{name}", content.Length);
                    await snapshots.WriteFileAsync(id, file.Path, content, cancellationToken);
                    files.Add(file);
                }
            }
        }

        var manifest = new IndexSnapshotManifest(id, cursor, createdAt, files);
        await snapshots.CommitAsync(manifest, cancellationToken);
        await snapshots.PruneAsync(Keep, cancellationToken);
        return manifest;
    }
}
