namespace DiasporaMatch.Replication;

/// <summary>
/// Snapshots in a folder (one machine, tests): <c>files/{id}/{index}/{file}</c> and
/// <c>manifests/{cursor}-{id}.json</c>, the manifest moved into place last, so a listed manifest is complete.
/// </summary>
public sealed class FileIndexSnapshotStore(string root) : IIndexSnapshotStore
{
    private string Manifests => Path.Combine(root, "manifests");

    public async Task<IndexSnapshotManifest?> ReadNewestAsync(CancellationToken cancellationToken = default)
    {
        var newest = ManifestFiles().FirstOrDefault();
        return newest is null ? null : IndexSnapshotManifest.Parse(await File.ReadAllBytesAsync(newest, cancellationToken));
    }

    public async Task WriteFileAsync(string snapshotId, string path, Stream content, CancellationToken cancellationToken = default)
    {
        var target = FilePath(snapshotId, path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using var output = File.Create(target);
        await content.CopyToAsync(output, cancellationToken);
    }

    public async Task ReadFileAsync(string snapshotId, string path, Stream destination, CancellationToken cancellationToken = default)
    {
        await using var input = File.OpenRead(FilePath(snapshotId, path));
        await input.CopyToAsync(destination, cancellationToken);
    }

    public async Task CommitAsync(IndexSnapshotManifest manifest, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Manifests);
        var target = Path.Combine(Manifests, manifest.SortName + ".json");
        var temp = target + ".tmp";
        await File.WriteAllBytesAsync(temp, manifest.ToJson(), cancellationToken);
        File.Move(temp, target, overwrite: true);
    }

    public Task<int> PruneAsync(int keep, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        var pruned = 0;
        foreach (var manifest in ManifestFiles().Skip(keep))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = Path.GetFileNameWithoutExtension(manifest)[20..]; // after "{cursor:D19}-"
            IndexSnapshotLayout.CheckId(id);
            File.Delete(manifest); // the manifest first: no reader can pick a snapshot whose files are going
            var files = Path.Combine(root, "files", id);
            if (Directory.Exists(files))
            {
                Directory.Delete(files, recursive: true);
            }

            pruned++;
        }

        return Task.FromResult(pruned);
    }

    /// <summary>Committed manifests, newest first.</summary>
    private IEnumerable<string> ManifestFiles() =>
        Directory.Exists(Manifests)
            ? Directory.GetFiles(Manifests, "*.json").OrderByDescending(Path.GetFileName, StringComparer.Ordinal)
            : [];

    private string FilePath(string snapshotId, string path)
    {
        IndexSnapshotLayout.CheckId(snapshotId);
        IndexSnapshotLayout.CheckPath(path);
        return Path.Combine(root, "files", snapshotId, path);
    }
}
