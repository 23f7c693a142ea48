namespace DiasporaMatch.Web.TestSupport;

/// <summary>A test run leaves tracked files alone: screenshots land in docs/ only when asked to.</summary>
public sealed class ScreenshotsTests
{
    [Fact]
    public void FindFolder_ByDefault_IsBesideTheTestBinariesNotInDocs()
    {
        var folder = Screenshots.FindFolder(update: false, AppContext.BaseDirectory);

        Assert.StartsWith(AppContext.BaseDirectory, folder, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.Combine("docs", "screenshots"), folder, StringComparison.Ordinal);
    }

    [Fact]
    public void FindFolder_WhenUpdating_IsTheCheckoutsDocsScreenshots()
    {
        var folder = Screenshots.FindFolder(update: true, AppContext.BaseDirectory);

        Assert.EndsWith(Path.Combine("docs", "screenshots"), folder, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "..", "..", "DiasporaMatch.sln")), folder);
    }
}
