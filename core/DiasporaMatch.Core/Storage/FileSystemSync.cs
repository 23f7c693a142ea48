using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace DiasporaMatch.Storage;

/// <summary>
/// One <c>syncfs(2)</c> makes every write on the file system durable at once: the change log's group commit
/// uses it so a batch of documents costs one disk sync, not one per document. Elsewhere than Linux each
/// document is flushed on its own, which is correct but slower.
/// </summary>
internal static partial class FileSystemSync
{
    public static bool Available { get; } = OperatingSystem.IsLinux();

    public static void SyncAll(SafeFileHandle anyFileOnTheFileSystem)
    {
        var added = false;
        anyFileOnTheFileSystem.DangerousAddRef(ref added);
        try
        {
            if (syncfs((int)anyFileOnTheFileSystem.DangerousGetHandle()) != 0)
            {
                throw new IOException($"syncfs failed with errno {Marshal.GetLastPInvokeError()}");
            }
        }
        finally
        {
            if (added)
            {
                anyFileOnTheFileSystem.DangerousRelease();
            }
        }
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int syncfs(int fd);
}
