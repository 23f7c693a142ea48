using DiasporaMatch.Import;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.Reference;
using DiasporaMatch.Taxonomy;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Hosting;

public sealed class WorkspaceTests
{
    [Fact]
    public async Task CreateMatchService_ReadOnly_DecodesOnlyWhatItsQueriesTouch()
    {
        await using var test = new TestWorkspace();
        await using (var file = File.OpenRead(Path.Combine(DataPaths.SampleFolder, RecordKind.Profiles + ".jsonl")))
        {
            await test.Workspace.Importer.ImportAsync(file, ImportFormat.JsonLines, RecordKind.Profiles, _ => Task.CompletedTask);
        }

        await test.Workspace.CatchUpIndexAsync();
        await using var reader = Workspace.Open(test.Folder, new WorkspaceOptions { ReadOnly = true });
        using var service = reader.CreateMatchService();
        var profiles = service.Indexes.Profiles;

        Assert.False(profiles.Warming); // a command answering a few queries does not decode every record first
        Assert.Equal(0, profiles.Facts.Decoded);

        var results = service.Match(new NeedBuilder("N-1").Build(), 10, new BaselineRanker());

        Assert.NotEmpty(results);
        Assert.InRange(profiles.Facts.Decoded, results.Count, profiles.Count - 1);
    }

    [Fact]
    public async Task CreateMatchService_TaxonomyFailsToLoad_LeavesTheIndexWriterFree()
    {
        using var folder = new TempFolder();
        var snapshot = TaxonomyLoader.SnapshotPath(folder.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(snapshot)!);
        await File.WriteAllTextAsync(snapshot, "not a taxonomy snapshot");
        await using (var broken = Workspace.Open(folder.Path))
        {
            Assert.ThrowsAny<Exception>(() => broken.CreateMatchService());
        }

        File.Delete(snapshot);
        await using var mended = Workspace.Open(folder.Path);
        using var service = mended.CreateMatchService(); // would fail on the index's write lock had the failed open kept it

        Assert.False(service.ReadOnly);
    }
}
