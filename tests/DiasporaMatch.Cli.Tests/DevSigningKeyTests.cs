namespace DiasporaMatch.Cli.Tests;

public sealed class DevSigningKeyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dmatch-key-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void LoadOrCreate_ManyAtOnceOnAFreshFolder_AllGetTheSameWholeKey()
    {
        // `dmatch serve` and `dmatch token` may both be the first to need the key: one must not read it half-written.
        for (var round = 0; round < 50; round++)
        {
            var data = Path.Combine(_folder, $"round-{round}");
            const int racers = 8;
            using var start = new Barrier(racers);
            var keys = new string[racers];

            Parallel.For(0, racers, new ParallelOptions { MaxDegreeOfParallelism = racers }, i =>
            {
                start.SignalAndWait();
                keys[i] = DevSigningKey.LoadOrCreate(data);
            });

            Assert.All(keys, key => Assert.Equal(keys[0], key));
            Assert.Equal(64, keys[0].Length);
            Assert.Equal(keys[0], File.ReadAllText(Path.Combine(data, "secrets", "signing-key")));
        }
    }

    [Fact]
    public void LoadOrCreate_Again_ReturnsTheStoredKey()
    {
        var first = DevSigningKey.LoadOrCreate(_folder);

        Assert.Equal(first, DevSigningKey.LoadOrCreate(_folder));
    }

    [Fact]
    public void LoadOrCreate_EmptyKeyFile_FailsSayingWhatToDoAndLeavesTheFile()
    {
        // A start that died between creating the file and writing the key leaves it empty: signing with "" must not happen.
        var path = Path.Combine(_folder, "secrets", "signing-key");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Empty);

        var error = Assert.Throws<CliInputException>(() => DevSigningKey.LoadOrCreate(_folder));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("delete it", error.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, File.ReadAllText(path));
    }
}
