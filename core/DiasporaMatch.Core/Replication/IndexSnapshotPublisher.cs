using Lucene.Net.Index;
using Lucene.Net.Store;


namespace DiasporaMatch.Replication;

/// <summary>
/// The single writer's half of index replication: copies the latest Lucene commit of each index, with the
/// change-log cursor that commit covers, into the snapshot store, then prunes older snapshots.
/// <para>
/// It reads the commits from disk beside the open writer, so it needs no hook in the indexes: Lucene files are
/// write-once, and a commit's files are staged locally before upload. If the writer commits meanwhile and
/// deletes a file of the commit being copied, that index is copied again from its new commit.
/// </para>
/// </summary>
public sealed class IndexSnapshotPublisher(IIndexSnapshotStore snapshots, TimeProvider time)
{
    private const int CopyAttempts = 5;

    /// <summary>Snapshots kept after a publish: the new one and the one before it, for replicas mid-download.</summary>
    public const int Keep = 2;

    public async Task<IndexSnapshotManifest> PublishAsync(string indexRoot, CancellationToken cancellationToken = default)
    {
        var createdAt = time.GetUtcNow();
        var id = IndexSnapshotManifest.NewId(createdAt);
        var staging = System.IO.Directory.CreateTempSubdirectory("dmatch-snapshot-").FullName;
        try
        {
            var cursor = long.MaxValue;
            var files = new List<IndexSnapshotFile>();
            foreach (var folder in IndexSnapshotLayout.Folders)
            {
                cursor = Math.Min(cursor, StageLatestCommit(Path.Combine(indexRoot, folder), Path.Combine(staging, folder), folder, files));
            }

            foreach (var file in files)
            {
                await using var content = File.OpenRead(Path.Combine(staging, file.Path));
                await snapshots.WriteFileAsync(id, file.Path, content, cancellationToken);
            }

            var manifest = new IndexSnapshotManifest(id, cursor, createdAt, files);
            await snapshots.CommitAsync(manifest, cancellationToken);
            await snapshots.PruneAsync(Keep, cancellationToken);
            return manifest;
        }
        finally
        {
            System.IO.Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Copies the newest commit's files of one index; returns the cursor in that commit's user data.</summary>
    private static long StageLatestCommit(string source, string target, string folder, List<IndexSnapshotFile> files)
    {
        if (!System.IO.Directory.Exists(source))
        {
            throw new InvalidOperationException($"no index at {source}: open the indexes before publishing a snapshot");
        }

        for (var attempt = 1; ; attempt++)
        {
            System.IO.Directory.CreateDirectory(target);
            var staged = new List<IndexSnapshotFile>();
            try
            {
                using var directory = FSDirectory.Open(source);
                var commit = DirectoryReader.ListCommits(directory)[^1];
                foreach (var name in commit.FileNames)
                {
                    var copy = Path.Combine(target, name);
                    File.Copy(Path.Combine(source, name), copy, overwrite: true);
                    staged.Add(new IndexSnapshotFile($"{folder}/{name}", new FileInfo(copy).Length));
                }

                files.AddRange(staged);
                return IndexSnapshotLayout.CursorOf(commit);
            }
            catch (FileNotFoundException) when (attempt < CopyAttempts)
            {
                // A newer commit replaced this one mid-copy; start this index over from the new commit.
                System.IO.Directory.Delete(target, recursive: true);
            }
        }
    }
}
