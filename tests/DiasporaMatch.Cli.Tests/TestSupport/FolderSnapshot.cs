using System.Globalization;
using System.Security.Cryptography;

namespace DiasporaMatch.Cli.TestSupport;

/// <summary>Every file and folder under a root, with its size, write time and a hash of its bytes: equal snapshots mean nothing was created or changed.</summary>
internal static class FolderSnapshot
{
    public static IReadOnlyDictionary<string, string> Of(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).ToDictionary(
            path => Path.GetRelativePath(root, path),
            path => File.Exists(path) ? Describe(new FileInfo(path)) : "folder",
            StringComparer.Ordinal);

    private static string Describe(FileInfo file)
    {
        var stamp = string.Create(CultureInfo.InvariantCulture, $"{file.Length} {file.LastWriteTimeUtc:O}");
        try
        {
            return stamp + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName)));
        }
        catch (IOException)
        {
            return stamp + " locked"; // a writer's lock file, held open by the host in this process: size and time still tell a change
        }
    }
}
