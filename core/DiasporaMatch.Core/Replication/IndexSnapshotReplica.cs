using System.Security.Cryptography;
using DiasporaMatch.Search;

namespace DiasporaMatch.Replication;

/// <summary>
/// A replica's start: before the indexes are opened, the newest published snapshot replaces the local index
/// folder when it is ahead of it. The indexes then open at the snapshot's cursor and follow the store's change
/// log from there (<see cref="SearchIndexer.CatchUpAsync"/>); nothing here depends on the index queue.
/// </summary>
public sealed class IndexSnapshotReplica(IIndexSnapshotStore snapshots)
{
    /// <summary>Restores the newest snapshot into <paramref name="indexRoot"/> if it is newer; returns it, or null when the local index stays.</summary>
    public async Task<IndexSnapshotManifest?> RestoreNewestAsync(string indexRoot, CancellationToken cancellationToken = default)
    {
        var newest = await snapshots.ReadNewestAsync(cancellationToken);
        if (newest is null || newest.Cursor <= IndexSnapshotLayout.LocalCursor(indexRoot))
        {
            return null;
        }

        var root = Path.GetFullPath(indexRoot);
        var staging = $"{root}.restore-{Guid.NewGuid():N}";
        try
        {
            foreach (var file in newest.Files)
            {
                IndexSnapshotLayout.CheckPath(file.Path);
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await using (var output = File.Create(path))
                {
                    await snapshots.ReadFileAsync(newest.HolderOf(file), file.Path, output, cancellationToken);
                }

                if (new FileInfo(path).Length != file.Length)
                {
                    throw new InvalidDataException($"snapshot {newest.Id}: {file.Path} is {new FileInfo(path).Length} bytes, the manifest says {file.Length}");
                }

                if (file.Sha256 is { } expected && !string.Equals(expected, await Sha256Async(path, cancellationToken), StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"snapshot {newest.Id}: {file.Path} does not have the SHA-256 the manifest says");
                }
            }

            foreach (var folder in SearchIndexes.Folders)
            {
                Directory.CreateDirectory(Path.Combine(staging, folder)); // an index with no files yet still needs its folder
            }

            // Swap only once every file is in: a failed download leaves the old local index as it was.
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            Directory.Move(staging, root);
            return newest;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var content = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
    }
}
