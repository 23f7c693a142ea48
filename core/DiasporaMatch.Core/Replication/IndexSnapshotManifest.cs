using System.Globalization;
using System.Text.Json;

namespace DiasporaMatch.Replication;

/// <summary>
/// A published snapshot: one Lucene commit per index and the store change-log cursor all of them cover (the
/// lowest of their commits' cursors: replaying from it is harmless, entries are idempotent upserts and deletes).
/// </summary>
public sealed record IndexSnapshotManifest(string Id, long Cursor, DateTimeOffset CreatedAt, IReadOnlyList<IndexSnapshotFile> Files)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Sorts like "newest": the cursor first (fixed width), then the id, which starts with the publish time.</summary>
    public string SortName => Cursor.ToString("D19", CultureInfo.InvariantCulture) + "-" + Id;

    public static string NewId(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The snapshot whose stored files hold <paramref name="file"/>'s bytes.</summary>
    public string HolderOf(IndexSnapshotFile file) => file.StoredIn ?? Id;

    /// <summary>Every stored file this manifest needs, as <c>{snapshot id}/{path}</c>: pruning keeps exactly these.</summary>
    public IEnumerable<string> StoredKeys => Files.Select(f => $"{HolderOf(f)}/{f.Path}");

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>Reads a manifest and refuses one whose id or file paths could point outside a snapshot.</summary>
    public static IndexSnapshotManifest Parse(ReadOnlySpan<byte> json)
    {
        var manifest = JsonSerializer.Deserialize<IndexSnapshotManifest>(json, Json) ?? throw new InvalidDataException("empty snapshot manifest");
        IndexSnapshotLayout.CheckId(manifest.Id);
        foreach (var file in manifest.Files ?? throw new InvalidDataException("snapshot manifest without files"))
        {
            IndexSnapshotLayout.CheckPath(file.Path);
            if (file.StoredIn is { } holder)
            {
                IndexSnapshotLayout.CheckId(holder);
            }
        }

        return manifest;
    }
}
