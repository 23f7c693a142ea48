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
    private const int MinimumLength = 32;

    public static string LoadOrCreate(string dataFolder)
    {
        if (Environment.GetEnvironmentVariable("DiasporaMatch__SigningKey") is { Length: >= MinimumLength } configured)
        {
            return configured;
        }

        var path = Path.Combine(Path.GetFullPath(dataFolder), "secrets", "signing-key");
        PrivateFiles.CreateFolder(Path.GetDirectoryName(path)!);
        var fresh = Encoding.UTF8.GetBytes(Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)));
        var key = Encoding.UTF8.GetString(PrivateFiles.ReadOrCreate(path, fresh)).Trim();

        // Short only when a start died between creating the file and writing it: never sign with it.
        return key.Length >= MinimumLength
            ? key
            : throw new CliInputException($"{path} does not hold a whole signing key: delete it to make a new one (tokens signed with the old key stop working)");
    }
}
