using System.Security.Cryptography;
using System.Text;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Privacy;

/// <summary>
/// The per-deployment secret behind erasure tombstones. Ids are sequential, so a plain hash of one could be
/// reversed by hashing every id in turn; an HMAC under a secret the audit's readers never see cannot.
/// </summary>
public static class ErasureKey
{
    public const string FileName = "erasure.key";
    private const int KeyBytes = 32;

    /// <summary>
    /// The key in <paramref name="folder"/>/<see cref="FileName"/>, created once (owner read/write only) on first
    /// use. A secret, so it comes from the OS's cryptographic generator, not the workspace's seeded Random.
    /// </summary>
    public static byte[] LoadOrCreate(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var stored = PrivateFiles.ReadOrCreate(path, RandomNumberGenerator.GetBytes(KeyBytes));
        return stored.Length == KeyBytes
            ? stored
            : throw new InvalidDataException($"{path} must hold exactly {KeyBytes} bytes; restore it from backup (a new key would orphan every tombstone)");
    }

    /// <summary>The tombstone that stands for <paramref name="expertId"/> once erased: stable under one key, a valid store id.</summary>
    public static string Tombstone(byte[] key, string expertId) =>
        "erased-" + Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(expertId)).AsSpan(0, 16));
}
