using System.Security.Cryptography;
using DiasporaMatch.Search;

namespace DiasporaMatch.Replication;

/// <summary>
/// The single writer's half of index replication: pins the latest Lucene commit of each index (Lucene's
/// <c>SnapshotDeletionPolicy</c>, so the writer cannot delete a file being copied), uploads the files the newest
/// published snapshot lacks (the others are referenced where they are: same path, length and SHA-256), commits
/// the manifest with the change-log cursor its commits cover, then prunes older snapshots.
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
        var previous = await snapshots.ReadNewestAsync(cancellationToken);
        var published = previous?.Files.Where(f => f.Sha256 is not null).ToDictionary(f => f.Path, StringComparer.Ordinal) ?? [];
        using (var pinned = indexes.Pin())
        {
            foreach (var (folder, commit) in pinned.Commits)
            {
                cursor = Math.Min(cursor, IndexSnapshotLayout.CursorOf(commit));
                foreach (var name in commit.FileNames)
                {
                    await using var content = File.OpenRead(Path.Combine(root, folder, name));
                    var file = new IndexSnapshotFile($"{folder}/{name}", content.Length) { Sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken)) };
                    if (published.TryGetValue(file.Path, out var known) && known.Length == file.Length && known.Sha256 == file.Sha256)
                    {
                        files.Add(file with { StoredIn = previous!.HolderOf(known) });
                        continue;
                    }

                    content.Position = 0;
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
