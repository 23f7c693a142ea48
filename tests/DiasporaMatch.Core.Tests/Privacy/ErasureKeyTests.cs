using System.Security.Cryptography;
using System.Text;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Privacy;

public sealed class ErasureKeyTests
{
    [Fact]
    public void Tombstone_TwoDeploymentSecrets_Differ()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        var one = ErasureKey.LoadOrCreate(first.Path);
        var other = ErasureKey.LoadOrCreate(second.Path);

        Assert.NotEqual(ErasureKey.Tombstone(one, "E-0001"), ErasureKey.Tombstone(other, "E-0001"));
        Assert.Equal(ErasureKey.Tombstone(one, "E-0001"), ErasureKey.Tombstone(one, "E-0001"));
        Assert.NotEqual(ErasureKey.Tombstone(one, "E-0001"), ErasureKey.Tombstone(one, "E-0002"));
    }

    /// <summary>Whoever reads the audit can hash every sequential id; that must not find the tombstone.</summary>
    [Fact]
    public void Tombstone_IsNotAnUnkeyedHashOfTheId()
    {
        using var folder = new TempFolder();
        var tombstone = ErasureKey.Tombstone(ErasureKey.LoadOrCreate(folder.Path), "E-0001");
        var plain = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("E-0001")));

        Assert.DoesNotContain(plain[..16], tombstone, StringComparison.Ordinal);
        Assert.Matches("^erased-[0-9a-f]{32}$", tombstone);
    }

    [Fact]
    public void LoadOrCreate_SecondCall_ReturnsTheSameKeyFromAnOwnerOnlyFile()
    {
        using var folder = new TempFolder();

        var created = ErasureKey.LoadOrCreate(folder.Path);
        var loaded = ErasureKey.LoadOrCreate(folder.Path);

        Assert.Equal(created, loaded);
        Assert.Equal(32, created.Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(folder.File(ErasureKey.FileName)));
        }
    }

    [Fact]
    public void LoadOrCreate_ManyAtOnceOnAFreshFolder_AllGetTheSameWholeKey()
    {
        // Two erasures (or a server and a command) may be the first to need the key at the same moment.
        for (var round = 0; round < 20; round++)
        {
            using var folder = new TempFolder();
            const int racers = 8;
            using var start = new Barrier(racers);
            var keys = new byte[racers][];

            Parallel.For(0, racers, new ParallelOptions { MaxDegreeOfParallelism = racers }, i =>
            {
                start.SignalAndWait();
                keys[i] = ErasureKey.LoadOrCreate(folder.Path);
            });

            Assert.All(keys, key => Assert.Equal(keys[0], key));
            Assert.Equal(keys[0], File.ReadAllBytes(folder.File(ErasureKey.FileName)));
            Assert.Equal([ErasureKey.FileName], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        }
    }

    [Fact]
    public void LoadOrCreate_DamagedKeyFile_FailsInsteadOfReplacingIt()
    {
        using var folder = new TempFolder();
        folder.Write(ErasureKey.FileName, "short");

        Assert.Throws<InvalidDataException>(() => ErasureKey.LoadOrCreate(folder.Path));
        Assert.Equal("short", File.ReadAllText(folder.File(ErasureKey.FileName)));
    }
}
