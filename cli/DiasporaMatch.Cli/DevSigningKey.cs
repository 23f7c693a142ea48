using System.Security.Cryptography;

namespace DiasporaMatch.Cli;

/// <summary>
/// The local host's token key: configuration wins (<c>DiasporaMatch__SigningKey</c>); otherwise a random key made
/// once per data folder and kept beside the data (owner-only), so no key is ever shipped in the repository.
/// </summary>
public static class DevSigningKey
{
    public static string LoadOrCreate(string dataFolder)
    {
        if (Environment.GetEnvironmentVariable("DiasporaMatch__SigningKey") is { Length: >= 32 } configured)
        {
            return configured;
        }

        var path = Path.Combine(Path.GetFullPath(dataFolder), "secrets", "signing-key");
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        File.WriteAllText(path, key);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
