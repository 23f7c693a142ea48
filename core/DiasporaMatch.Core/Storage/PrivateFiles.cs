using System.Text;

namespace DiasporaMatch.Storage;

/// <summary>
/// Everything under a data folder holds personal data (names, emails, CVs, decisions) or secrets, so folders
/// are created 0700 and files 0600 — with those modes at creation, never chmod'ed after (a file briefly
/// readable by others has already leaked). Windows has no Unix modes; there the ACLs of the parent apply.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FolderPermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode FilePermissions = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder and any missing parents owner-only; an existing folder keeps its mode.</summary>
    public static DirectoryInfo CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path);
        }

        // Directory.CreateDirectory(path, mode) gives the mode to the last folder only; its missing parents get the
        // default, so each missing level is created on its own, outermost first.
        var missing = new Stack<string>();
        for (var folder = Path.GetFullPath(path); folder is not null && !Directory.Exists(folder); folder = Path.GetDirectoryName(folder))
        {
            missing.Push(folder);
        }

        while (missing.TryPop(out var folder))
        {
            Directory.CreateDirectory(folder, FolderPermissions);
        }

        return new DirectoryInfo(path);
    }

    /// <summary>Options for a file stream that creates its file owner-only.</summary>
    public static FileStreamOptions Options(FileMode mode, FileAccess access, FileShare share = FileShare.None, FileOptions options = FileOptions.None, int bufferSize = 4096)
    {
        var result = new FileStreamOptions { Mode = mode, Access = access, Share = share, Options = options, BufferSize = bufferSize };
        if (!OperatingSystem.IsWindows() && mode != FileMode.Open && mode != FileMode.Truncate)
        {
            result.UnixCreateMode = FilePermissions;
        }

        return result;
    }

    /// <summary>Opens (creating owner-only when missing) a file for writing.</summary>
    public static FileStream Open(string path, FileMode mode = FileMode.Create, FileAccess access = FileAccess.Write, FileShare share = FileShare.None) =>
        new(path, Options(mode, access, share));

    /// <summary>
    /// The file's bytes, creating it owner-only and durably with <paramref name="content"/> when it is missing. Callers
    /// may race, here or in another process: one creates it, the others get what it wrote. A file another caller is
    /// still writing (locked, or shorter than <paramref name="content"/>) is read again for up to a second; one that
    /// stays shorter is returned as it is, for the caller to reject with its own words.
    /// </summary>
    public static byte[] ReadOrCreate(string path, ReadOnlySpan<byte> content)
    {
        if (!File.Exists(path))
        {
            try
            {
                using var file = new FileStream(path, Options(FileMode.CreateNew, FileAccess.Write));
                file.Write(content);
                file.Flush(flushToDisk: true);
                if (FileSystemSync.Available)
                {
                    // The new directory entry too: a key lost with it after a crash would be replaced by another.
                    FileSystemSync.SyncAll(file.SafeFileHandle);
                }

                return content.ToArray();
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another caller created it first: its content is the file's.
            }
        }

        const int Attempts = 50;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var stored = File.ReadAllBytes(path);
                if (stored.Length >= content.Length || attempt == Attempts)
                {
                    return stored;
                }
            }
            catch (IOException) when (attempt < Attempts)
            {
                // Held by the caller writing it.
            }

            Thread.Sleep(20);
        }
    }

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        using var file = Open(path);
        file.Write(bytes);
    }

    public static async Task WriteAllBytesAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        await using var file = Open(path);
        await file.WriteAsync(bytes, cancellationToken);
    }

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Encoding.UTF8.GetBytes(text));

    public static Task WriteAllTextAsync(string path, string text, CancellationToken cancellationToken = default) =>
        WriteAllBytesAsync(path, Encoding.UTF8.GetBytes(text), cancellationToken);

    /// <summary>A text writer over a file created owner-only (truncated or appended to when it exists).</summary>
    public static StreamWriter Writer(string path, bool append = false) =>
        new(Open(path, append ? FileMode.Append : FileMode.Create), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>
    /// Appends lines (each followed by a newline) to a file created owner-only when missing. Readers may keep the
    /// file open meanwhile (another process reading a log must not make the append fail).
    /// </summary>
    public static async Task AppendAllLinesAsync(string path, IEnumerable<string> lines, CancellationToken cancellationToken = default)
    {
        await using var writer = new StreamWriter(Open(path, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        foreach (var line in lines)
        {
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
        }
    }

    /// <summary>Writes lines to a file created owner-only (replacing its content).</summary>
    public static async Task WriteAllLinesAsync(string path, IEnumerable<string> lines, CancellationToken cancellationToken = default)
    {
        await using var writer = Writer(path);
        foreach (var line in lines)
        {
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
        }
    }
}
