using DiasporaMatch.Storage;
using DiasporaMatch.Text;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// The resolver's Lucene label index kept on disk between processes: building it takes 4–5 s on ESCO, reading it
/// back well under a second. One folder per key, a hash of every indexed label with the index's layout version, so a new
/// taxonomy or a change in how labels are analysed gets a folder of its own. A folder is built under a temporary
/// name and placed whole by a rename: a crash leaves no folder or a complete one. A folder that does not open is built
/// again; folders of other keys (an earlier taxonomy) are removed once the new one is in place.
/// </summary>
internal static class LabelIndexFolder
{
    /// <summary>Raise when the label index's fields or analysis change in a way the labels themselves do not show.</summary>
    private const int Layout = 1;

    /// <summary>A hash of "layout N" and each entry as a tab-separated line (uri, kind, language, preferred, label, folded, stems).</summary>
    public static string Key(IEnumerable<LabelEntry> entries)
    {
        using var hash = new Utf8Sha256();
        hash.Append($"layout {Layout}\n");
        foreach (var e in entries)
        {
            foreach (var field in (ReadOnlySpan<string>)[e.Uri, e.Kind.ToString(), e.Language, e.Preferred.ToString(), e.Label, e.Folded])
            {
                hash.Append(field).Append((byte)'\t');
            }

            hash.Append(string.Join(' ', e.Stems)).Append((byte)'\n');
        }

        return hash.Hex(32);
    }

    /// <summary>The index stored under <paramref name="parent"/> for <paramref name="key"/>, written by <paramref name="build"/> first when there is none.</summary>
    public static LuceneDirectory OpenOrBuild(string parent, string key, Action<LuceneDirectory> build)
    {
        var folder = Path.Combine(parent, key);
        if (TryOpen(folder) is { } existing)
        {
            return existing;
        }

        var temporary = Path.Combine(parent, $".{key}.{Guid.NewGuid():N}.tmp");
        PrivateFiles.CreateFolder(temporary);
        try
        {
            using (var directory = FSDirectory.Open(temporary))
            {
                build(directory); // the writer's commit syncs every file
            }

            System.IO.Directory.Move(temporary, folder);
        }
        catch (IOException) when (System.IO.Directory.Exists(folder))
        {
            // Another process placed the same index first: use its copy.
        }
        finally
        {
            DeleteIfPresent(temporary);
        }

        RemoveOthers(parent, key);
        return TryOpen(folder) ?? throw new IOException($"the label index built at {folder} does not open");
    }

    private static LuceneDirectory? TryOpen(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            return null;
        }

        try
        {
            using var directory = FSDirectory.Open(folder);
            using (DirectoryReader.Open(directory))
            {
            }

            // Read into memory (10 MB on ESCO): resolving searches it 5–10% faster than the mapped files.
            return new RAMDirectory(directory, IOContext.READ_ONCE);
        }
        catch (IOException)
        {
            // Damaged or incomplete (Lucene's corrupt-index and missing-file errors are IOExceptions): built again.
            DeleteIfPresent(folder);
            return null;
        }
    }

    private static void RemoveOthers(string parent, string key)
    {
        // Temporary folders are left alone: another process may be writing one.
        foreach (var other in System.IO.Directory.EnumerateDirectories(parent))
        {
            var name = Path.GetFileName(other);
            if (name != key && !name.StartsWith('.'))
            {
                DeleteIfPresent(other);
            }
        }
    }

    private static void DeleteIfPresent(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Never made, or another process removed it first.
        }
    }
}
