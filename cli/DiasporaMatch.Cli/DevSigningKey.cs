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
        if (File.Exists(path))
        {
            return ReadWhole(path);
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
            return ReadWhole(path);
        }

        return key;
    }

    /// <summary>
    /// The stored key. Another start may have created the file an instant ago and still hold it (locked) to write
    /// the key, so a locked or short file is read again for up to a second; still short, it is damaged (a start died
    /// in between) and is left for the user to delete, never signed with.
    /// </summary>
    private static string ReadWhole(string path)
    {
        const int Attempts = 50;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var key = File.ReadAllText(path).Trim();
                if (key.Length >= MinimumLength)
                {
                    return key;
                }
            }
            catch (IOException) when (attempt < Attempts)
            {
                // Locked by the start that is writing it.
            }

            if (attempt == Attempts)
            {
                throw new CliInputException($"{path} does not hold a whole signing key: delete it to make a new one (tokens signed with the old key stop working)");
            }

            Thread.Sleep(20);
        }
    }
}
