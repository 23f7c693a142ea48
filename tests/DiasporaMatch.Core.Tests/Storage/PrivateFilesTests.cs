using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Storage;

public sealed class PrivateFilesTests
{
    [Fact]
    public void ReadOrCreate_Missing_WritesTheContentOwnerOnly()
    {
        using var folder = new TempFolder();
        var path = folder.File("secret");

        var stored = PrivateFiles.ReadOrCreate(path, "abc"u8);

        Assert.Equal("abc"u8.ToArray(), stored);
        Assert.Equal("abc"u8.ToArray(), File.ReadAllBytes(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(PrivateFiles.FilePermissions, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void ReadOrCreate_Existing_ReturnsWhatItHoldsAndKeepsIt()
    {
        using var folder = new TempFolder();
        var path = folder.Write("secret", "first");

        Assert.Equal("first"u8.ToArray(), PrivateFiles.ReadOrCreate(path, "other"u8));
        Assert.Equal("first", File.ReadAllText(path));
    }

    [Fact]
    public void ReadOrCreate_ManyAtOnce_AllGetTheOneContentWritten()
    {
        // The race both key files had: a caller that finds the file just created must not read it before it is written.
        for (var round = 0; round < 50; round++)
        {
            using var folder = new TempFolder();
            var path = folder.File("secret");
            const int racers = 8;
            using var start = new Barrier(racers);
            var results = new byte[racers][];

            Parallel.For(0, racers, new ParallelOptions { MaxDegreeOfParallelism = racers }, i =>
            {
                var content = new byte[64];
                Array.Fill(content, (byte)('a' + i));
                start.SignalAndWait();
                results[i] = PrivateFiles.ReadOrCreate(path, content);
            });

            Assert.All(results, r => Assert.Equal(File.ReadAllBytes(path), r));
            Assert.Equal(64, results[0].Length);
        }
    }

    [Fact]
    public void ReadOrCreate_ShorterThanTheContent_ReturnedAsItIsForTheCallerToJudge()
    {
        using var folder = new TempFolder();
        var path = folder.Write("secret", "x");

        Assert.Equal("x"u8.ToArray(), PrivateFiles.ReadOrCreate(path, "longer"u8));
        Assert.Equal("x", File.ReadAllText(path));
    }
}
