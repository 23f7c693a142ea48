using System.Text;
using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Records;
using DiasporaMatch.Search;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Cli;

/// <summary>How query commands open the data folder: catch up when nobody writes it, read the index as it is beside a writer.</summary>
public sealed class CliContextTests : IDisposable
{
    private readonly CliRun _cli = new();

    private string Data => Path.Combine(_cli.DataFolder, "data");

    private string IndexFolder => Path.Combine(Data, "index");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task OpenQuery_IndexBehindAndNoOtherWriter_CatchesUpFirstWithoutAWord()
    {
        await ImportAsync("E-0001");

        var (code, output, error) = await _cli.RunAsync("recommend", "--expert", "E-0001");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal("", error);
        Assert.StartsWith("E-0001 (baseline): 0 needs", output, StringComparison.Ordinal);
        using var indexes = SearchIndexes.OpenReadOnly(IndexFolder);
        Assert.Equal(1, indexes.Profiles.Count);
    }

    [Fact]
    public async Task OpenQuery_IndexBehindBesideAWriter_SaysHowFarBehindInOneLineAndChangesNothing()
    {
        await ImportAsync("E-0001");
        Assert.Equal(ExitCodes.Success, (await _cli.RunAsync("match", "--all-needs")).Code); // builds the index
        await using var writer = new FileDocumentStore(Path.Combine(Data, "store"), new FileStoreOptions { FlushToDisk = false });
        await writer.CreateAsync(RecordKind.Profiles, "E-0002", Profile("E-0002"));
        await writer.CreateAsync(RecordKind.Profiles, "E-0003", Profile("E-0003"));
        var before = FolderSnapshot.Of(Data);

        var (code, output, error) = await _cli.RunAsync("recommend", "--expert", "E-0003");

        Assert.True(code == ExitCodes.Success, error);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("the search index is 2 changes behind the store", line, StringComparison.Ordinal);
        Assert.StartsWith("E-0003 (baseline): 0 needs", output, StringComparison.Ordinal); // the profile is read from the store
        Assert.Equal(before, FolderSnapshot.Of(Data));
        using var indexes = SearchIndexes.OpenReadOnly(IndexFolder);
        Assert.Equal(1, indexes.Profiles.Count);
    }

    [Fact]
    public async Task OpenQuery_NoIndexBesideAWriter_FailsWithOneLineAndCreatesNothing()
    {
        await using var writer = new FileDocumentStore(Path.Combine(Data, "store"), new FileStoreOptions { FlushToDisk = false });
        await writer.CreateAsync(RecordKind.Profiles, "E-0001", Profile("E-0001"));

        var (code, _, error) = await _cli.RunAsync("match", "--need", "N-0001");

        Assert.Equal(ExitCodes.InvalidInput, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("there is no search index in", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(IndexFolder));
    }

    [Fact]
    public async Task OpenQuery_IndexAheadOfARestoredLog_RebuildsAndSaysSoInOneLine()
    {
        await ImportAsync("E-0001");
        var log = Path.Combine(Data, "store", "changes.log");
        var backup = await File.ReadAllBytesAsync(log);
        await ImportAsync("E-0002");
        await ImportAsync("E-0003"); // import indexes as it stores: the index has applied change 3
        await File.WriteAllBytesAsync(log, backup); // the log restored from a backup ends at change 1

        var (code, output, error) = await _cli.RunAsync("recommend", "--expert", "E-0001");

        Assert.True(code == ExitCodes.Success, error);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("dmatch: the search index has applied change 3 but the change log ends before it; rebuilding", line, StringComparison.Ordinal);
        Assert.StartsWith("E-0001 (baseline)", output, StringComparison.Ordinal);
    }

    private static byte[] Profile(string id) => Encoding.UTF8.GetBytes($"{{\"id\":\"{id}\",{LocalHostTests.Profile.ReplaceLineEndings(" ").TrimStart()[1..]}");

    private async Task ImportAsync(string id)
    {
        var file = _cli.File(id + ".jsonl");
        await File.WriteAllBytesAsync(file, [.. Profile(id), (byte)'\n']);
        var (code, _, error) = await _cli.RunAsync("import", file);
        Assert.True(code == ExitCodes.Success, error);
    }
}
