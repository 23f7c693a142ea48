using DiasporaMatch.Records;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Search;

public sealed class SearchIndexesTests
{
    [Fact]
    public async Task Pin_WriterReplacesTheCommit_PinnedFilesStayUntilReleased()
    {
        await using var h = new SearchHarness(onDisk: true);
        await h.AddAndIndexAsync(Profile("E-1"), Profile("E-2"));
        var folder = Path.Combine(h.Service.Indexes.Root!, SearchIndexes.ProfilesFolder);

        var pinned = h.Service.Indexes.Pin();
        var files = pinned.Commits.Single(c => c.Folder == SearchIndexes.ProfilesFolder).Commit.FileNames.ToList();
        await h.Store.DeleteAsync(RecordKind.Profiles, "E-1");
        await h.AddAndIndexAsync(Profile("E-3"));
        h.Service.Indexes.Profiles.ExpungeDeletes(); // merges away the pinned commit's segments

        Assert.All(files, name => Assert.True(File.Exists(Path.Combine(folder, name)), $"{name} was deleted while pinned"));

        pinned.Dispose();

        Assert.Contains(files, name => !File.Exists(Path.Combine(folder, name)));
    }

    [Fact]
    public void OpenReadOnly_NoIndex_ThrowsAndCreatesNothing()
    {
        using var folder = new TempFolder();
        var root = folder.File("index");

        Assert.False(SearchIndexes.Exists(root));
        Assert.Throws<DirectoryNotFoundException>(() => SearchIndexes.OpenReadOnly(root));
        Assert.False(Directory.Exists(root));
    }

    private static Profiles.ExpertProfile Profile(string id) => new ProfileBuilder(id).Skills("neonatal care").Build();
}
