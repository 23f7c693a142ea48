using System.Security.Cryptography;
using System.Text;

namespace DiasporaMatch.Privacy;

/// <summary>
/// The per-deployment secret behind erasure tombstones. Ids are sequential, so a plain hash of one could be
/// reversed by hashing every id in turn; an HMAC under a secret the audit's readers never see cannot.
/// </summary>
public static class ErasureKey
{
    public const string FileName = "erasure.key";
    private const int KeyBytes = 32;
    private static readonly Lock Gate = new();

    /// <summary>
    /// The key in <paramref name="folder"/>/<see cref="FileName"/>, created once (owner read/write only) on first
    /// use. A secret, so it comes from the OS's cryptographic generator, not the workspace's seeded Random.
    /// </summary>
    public static byte[] LoadOrCreate(string folder)
    {
        // One at a time in a process: two erasures needing the key first at once had the second read the file the
        // first had created but not yet written, and fail as if it were damaged. Only one process writes a data folder.
        lock (Gate)
        {
            return LoadOrCreateLocked(Path.Combine(folder, FileName));
        }
    }

    /// <summary>The tombstone that stands for <paramref name="expertId"/> once erased: stable under one key, a valid store id.</summary>
    public static string Tombstone(byte[] key, string expertId) =>
        "erased-" + Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(expertId)).AsSpan(0, 16));

    private static byte[] LoadOrCreateLocked(string path)
    {
        if (!File.Exists(path))
        {
            var key = RandomNumberGenerator.GetBytes(KeyBytes);
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var file = new FileStream(path, options);
                file.Write(key);
                file.Flush(flushToDisk: true);
                return key;
            }
            catch (IOException) when (File.Exists(path))
            {
                // another process created it first: theirs is the deployment's key
            }
        }

        var stored = File.ReadAllBytes(path);
        if (stored.Length != KeyBytes)
        {
            throw new InvalidDataException($"{path} must hold exactly {KeyBytes} bytes; restore it from backup (a new key would orphan every tombstone)");
        }

        return stored;
    }
}
