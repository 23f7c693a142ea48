namespace DiasporaMatch.Replication;

/// <summary>
/// One file of a snapshot: <c>{index}/{lucene file name}</c>, its length and SHA-256 (checked after download).
/// Lucene never rewrites a file, so most files of a snapshot are already in the one before it: such a file is
/// not uploaded again, and <see cref="StoredIn"/> names the snapshot that holds its bytes.
/// </summary>
public sealed record IndexSnapshotFile(string Path, long Length)
{
    /// <summary>Lower-case hex SHA-256 of the content; absent in manifests written before it was recorded.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The snapshot id under which the bytes are stored, when not the manifest's own.</summary>
    public string? StoredIn { get; init; }
}
