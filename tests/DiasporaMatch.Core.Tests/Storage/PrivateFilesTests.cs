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
    public void Replace_Existing_HoldsTheNewContentOwnerOnlyAndNothingBeside()
    {
        using var folder = new TempFolder();
        var path = folder.Write("current", "old version");

        PrivateFiles.Replace(path, stream => stream.Write("new"u8));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(PrivateFiles.FilePermissions, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void Replace_WriteFails_KeepsTheOldFileAndLeavesNoTemporary()
    {
        using var folder = new TempFolder();
        var path = folder.Write("current", "old version");

        Assert.Throws<IOException>(() => PrivateFiles.Replace(path, stream =>
        {
            stream.Write("half"u8);
            throw new IOException("disk full");
        }));

        Assert.Equal("old version", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Theory]
    [InlineData("first", "other")]
    [InlineData("x", "longer")] // short: returned as it is, for the caller to judge
    public void ReadOrCreate_Existing_ReturnsWhatItHoldsAndKeepsIt(string held, string offered)
    {
        using var folder = new TempFolder();
        var path = folder.Write("secret", held);

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(held), PrivateFiles.ReadOrCreate(path, System.Text.Encoding.UTF8.GetBytes(offered)));
        Assert.Equal(held, File.ReadAllText(path));
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
            Assert.Equal(["secret"], Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName)); // no copy left beside it
        }
    }
}
