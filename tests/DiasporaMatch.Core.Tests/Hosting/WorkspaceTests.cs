using System.Text.Json;
using DiasporaMatch.Facts;
using DiasporaMatch.Import;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.Reference;
using DiasporaMatch.Search;
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
    public async Task CatchUpIndexAsync_OnlyUnindexedKindsChanged_BuildsNoResolver()
    {
        await using var test = new TestWorkspace();
        var organisation = new { id = "ORG-1", name = "Centre hospitalier", type = "health", country = "MA", region = "MA-12" };
        await test.Workspace.Store.CreateAsync(RecordKind.Organisations, organisation.id, JsonSerializer.SerializeToUtf8Bytes(organisation));

        var report = await test.Workspace.CatchUpIndexAsync();

        Assert.Equal(0, report.Indexed);
        Assert.False(test.Workspace.ResolverBuilt);
    }

    [Fact]
    public async Task CatchUpIndexAsync_ProfileChanged_BuildsTheResolverToIndexIt()
    {
        await using var test = new TestWorkspace();
        var profile = new ProfileBuilder("E-1").Skills("nursing").Build();
        await test.Workspace.Store.CreateAsync(RecordKind.Profiles, profile.Id, JsonSerializer.SerializeToUtf8Bytes(profile, RecordJson.Options));

        var report = await test.Workspace.CatchUpIndexAsync();

        Assert.Equal(1, report.Indexed);
        Assert.True(test.Workspace.ResolverBuilt);
    }

    [Fact]
    public async Task CatchUpIndexAsync_TaxonomyImportedSince_ResolvesEveryRecordAgainWithIt()
    {
        using var folder = new TempFolder();
        var profile = new ProfileBuilder("E-1").Skills("tajine cooking").Build();
        await using (var starter = Workspace.Open(folder.Path, new WorkspaceOptions { FlushToDisk = false }))
        {
            await starter.Store.CreateAsync(RecordKind.Profiles, profile.Id, JsonSerializer.SerializeToUtf8Bytes(profile, RecordJson.Options));
            await starter.CatchUpIndexAsync();
        }

        var before = await IndexedSkillsAsync(folder.Path, profile.Id);
        var imported = new TaxonomyBuilder();
        imported.AddConcept("urn:test:tajine", ConceptKind.Skill);
        imported.SetPreferredLabel("urn:test:tajine", "en", "tajine cooking");
        Directory.CreateDirectory(Path.GetDirectoryName(TaxonomyLoader.SnapshotPath(folder.Path))!);
        TaxonomySnapshot.Save(imported.Build(), TaxonomyLoader.SnapshotPath(folder.Path));
        await using (var reopened = Workspace.Open(folder.Path, new WorkspaceOptions { FlushToDisk = false }))
        {
            var report = await reopened.CatchUpIndexAsync();
            Assert.Equal(1, report.Indexed); // no change was logged since: only the taxonomy says so
        }

        Assert.NotEqual(["urn:test:tajine"], before);
        Assert.Equal(["urn:test:tajine"], await IndexedSkillsAsync(folder.Path, profile.Id));
    }

    [Fact]
    public async Task Open_ChangeLogDamagedBeforeLaterChanges_WarnsOnceAndKeepsThem()
    {
        using var folder = new TempFolder();
        await using (var first = Workspace.Open(folder.Path, new WorkspaceOptions { FlushToDisk = false }))
        {
            foreach (var id in new[] { "E-1", "E-2", "E-3" })
            {
                var profile = new ProfileBuilder(id).Build();
                await first.Store.CreateAsync(RecordKind.Profiles, id, JsonSerializer.SerializeToUtf8Bytes(profile, RecordJson.Options));
            }
        }

        var log = Path.Combine(folder.Path, "store", "changes.log");
        var lines = await File.ReadAllLinesAsync(log);
        lines[0] = "not a change";
        await File.WriteAllLinesAsync(log, lines);
        var logs = new CapturedLogs();

        await using var reopened = Workspace.Open(folder.Path, new WorkspaceOptions { FlushToDisk = false, LoggerFactory = logs });

        var warning = Assert.Single(logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.Contains("1 change(s) could not be read", warning.Message, StringComparison.Ordinal);
        Assert.Equal(["lost-change", "E-2", "E-3"], (await reopened.Store.ReadChangesAsync(0, 10)).Select(c => c.Id));
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

    private static async Task<string[]> IndexedSkillsAsync(string folder, string id)
    {
        await using var reader = Workspace.Open(folder, new WorkspaceOptions { ReadOnly = true });
        var document = await reader.Store.GetAsync(RecordKind.Profiles, id);
        using var indexes = SearchIndexes.OpenReadOnly(reader.IndexFolder);
        return indexes.Profiles.StoredFactsOf<ExpertFacts>(id, document!.Version)!.SkillUris;
    }
}
