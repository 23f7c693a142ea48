namespace DiasporaMatch.Replication;

/// <summary>
/// Snapshots in a folder (one machine, tests): <c>files/{id}/{index}/{file}</c> and
/// <c>manifests/{cursor}-{id}.json</c>, the manifest moved into place last, so a listed manifest is complete.
/// A file stays while a kept manifest names it, under whichever snapshot id first stored it.
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

    public async Task<int> PruneAsync(int keep, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, 1);
        var manifests = ManifestFiles().ToList();
        var pruned = 0;
        foreach (var manifest in manifests.Skip(keep))
        {
            File.Delete(manifest); // the manifests first: no reader can pick a snapshot whose files are going
            pruned++;
        }

        // Then every stored file no kept manifest needs (a kept one may need files stored under an older id).
        var needed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var manifest in manifests.Take(keep))
        {
            needed.UnionWith(IndexSnapshotManifest.Parse(await File.ReadAllBytesAsync(manifest, cancellationToken)).StoredKeys);
        }

        var files = Path.Combine(root, "files");
        foreach (var snapshot in Directory.Exists(files) ? Directory.GetDirectories(files) : [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var file in Directory.GetFiles(snapshot, "*", SearchOption.AllDirectories))
            {
                if (!needed.Contains(Path.GetRelativePath(files, file).Replace(Path.DirectorySeparatorChar, '/')))
                {
                    File.Delete(file);
                }
            }

            if (Directory.GetFiles(snapshot, "*", SearchOption.AllDirectories).Length == 0)
            {
                Directory.Delete(snapshot, recursive: true);
            }
        }

        return pruned;
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
