using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using DiasporaMatch.Search;
using Lucene.Net.Store;

namespace DiasporaMatch.Replication;

/// <summary>What a snapshot holds: the index folders <see cref="SearchIndexes.Open"/> uses, and the names allowed in them.</summary>
public static partial class IndexSnapshotLayout
{
    /// <summary>Manifests come from shared storage: a path must be one index folder and one plain file name, never a way out.</summary>
    public static void CheckPath(string path)
    {
        if (path is null || !SafePath().IsMatch(path))
        {
            throw new InvalidDataException($"snapshot file path '{path}' is not {{profiles|needs|opportunities}}/{{file name}}");
        }
    }

    public static void CheckId(string id)
    {
        if (id is null || !SafeId().IsMatch(id))
        {
            throw new InvalidDataException($"snapshot id '{id}' is not one this service makes");
        }
    }

    /// <summary>The cursor the indexes under <paramref name="indexRoot"/> have committed; 0 when any of them is missing.</summary>
    public static long LocalCursor(string indexRoot)
    {
        var cursor = long.MaxValue;
        foreach (var folder in SearchIndexes.Folders)
        {
            var path = Path.Combine(indexRoot, folder);
            if (!System.IO.Directory.Exists(path))
            {
                return 0;
            }

            using var directory = FSDirectory.Open(path);
            if (!DirectoryReader.IndexExists(directory))
            {
                return 0;
            }

            cursor = Math.Min(cursor, CursorOf(DirectoryReader.ListCommits(directory)[^1]));
        }

        return cursor;
    }

    internal static long CursorOf(IndexCommit commit) =>
        commit.UserData.TryGetValue(IndexFields.CursorKey, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^(profiles|needs|opportunities)/[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}\z", RegexOptions.CultureInvariant)]
    private static partial Regex SafePath();

    [GeneratedRegex(@"^[0-9]{8}T[0-9]{9}Z-[0-9a-f]{8}\z", RegexOptions.CultureInvariant)]
    private static partial Regex SafeId();
}
