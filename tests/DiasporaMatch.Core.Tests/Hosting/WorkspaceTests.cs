using DiasporaMatch.Import;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.Reference;
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
}
