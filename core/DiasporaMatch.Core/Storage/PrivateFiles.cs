using System.Runtime.InteropServices;
using System.Text;

namespace DiasporaMatch.Storage;

/// <summary>
/// Everything under a data folder holds personal data (names, emails, CVs, decisions) or secrets, so folders
/// are created 0700 and files 0600 — with those modes at creation, never chmod'ed after (a file briefly
/// readable by others has already leaked). Windows has no Unix modes; there the ACLs of the parent apply.
/// </summary>
public static partial class PrivateFiles
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
    /// may race, here or in another process: one creates it, the others get what it wrote. The content is written
    /// whole beside the file and then linked into place only if the file is still missing, so no caller ever sees a
    /// half-written file; an existing one is returned as it is, for the caller to judge.
    /// </summary>
    public static byte[] ReadOrCreate(string path, ReadOnlySpan<byte> content)
    {
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        var written = $"{path}.{Guid.NewGuid():N}.new";
        try
        {
            using (var file = new FileStream(written, Options(FileMode.CreateNew, FileAccess.Write)))
            {
                file.Write(content);
                file.Flush(flushToDisk: true);
            }

            var placed = TryPlace(written, path);
            if (FileSystemSync.Available)
            {
                // The new directory entry too, whoever placed it: a racing caller that came first may not have synced
                // it yet, and a key used and then lost with its entry after a crash would be replaced by another.
                using var handle = File.OpenHandle(path);
                FileSystemSync.SyncAll(handle);
            }

            return placed ? content.ToArray() : File.ReadAllBytes(path); // another caller's, when it came first
        }
        finally
        {
            File.Delete(written); // placed or not, only the file's own name stays
        }
    }

    /// <summary>
    /// Gives a fully written file a second name only if that name is free, atomically: link(2) fails when it exists.
    /// File.Move without overwrite checks and then renames, so two racing callers both succeed there, the second
    /// replacing the first's file. On Windows that move is one atomic call (MoveFileEx without replace).
    /// </summary>
    private static bool TryPlace(string written, string path)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                File.Move(written, path, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(path))
            {
                return false;
            }
        }

        const int AlreadyExists = 17; // EEXIST, on Linux and macOS
        if (link(written, path) == 0)
        {
            return true;
        }

        var errno = Marshal.GetLastPInvokeError();
        return errno == AlreadyExists ? false : throw new IOException($"could not create {path}: link failed with errno {errno}");
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int link(string existing, string created);

    /// <summary>
    /// Replaces <paramref name="path"/> whole and durably with what <paramref name="write"/> writes: into a temporary
    /// file beside it, flushed to disk, renamed over it, the rename made durable too. A crash leaves the old file or
    /// the new one, never an empty or partial file under the name; when <paramref name="write"/> throws, the old stays.
    /// </summary>
    public static void Replace(string path, Action<Stream> write)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp"; // two writers never share a temporary file
        try
        {
            using (var file = Open(temporary, FileMode.CreateNew))
            {
                write(file);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            if (FileSystemSync.Available)
            {
                using var handle = File.OpenHandle(path);
                FileSystemSync.SyncAll(handle);
            }
        }
        finally
        {
            File.Delete(temporary);
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
