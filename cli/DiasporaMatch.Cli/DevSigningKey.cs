using System.Security.Cryptography;
using System.Text;
using DiasporaMatch.Storage;

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

        PrivateFiles.CreateFolder(Path.GetDirectoryName(path)!);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        try
        {
            // Created 0600 and exclusively: never a moment readable by others, and two first starts cannot both write a key.
            using var file = new FileStream(path, PrivateFiles.Options(FileMode.CreateNew, FileAccess.Write));
            file.Write(Encoding.UTF8.GetBytes(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        return key;
    }
}
