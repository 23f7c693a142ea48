using Microsoft.Playwright;

namespace DiasporaMatch.Web.TestSupport;

/// <summary>
/// Saves page screenshots. By default into the test's output folder (bin/, git-ignored) so a test run never
/// modifies tracked files; with DMATCH_UPDATE_SCREENSHOTS=1 into the repository's committed docs/screenshots.
/// </summary>
public static class Screenshots
{
    public const string UpdateVariable = "DMATCH_UPDATE_SCREENSHOTS";

    public static string Folder { get; } = FindFolder(Environment.GetEnvironmentVariable(UpdateVariable) == "1", AppContext.BaseDirectory);

    public static async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)"); // the page's top, header included, whatever the journey scrolled
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = false, Animations = ScreenshotAnimations.Disabled });
    }

    /// <summary>The viewport scrolled to <paramref name="subject"/>, for what sits below the fold (suggestions, conflicts).</summary>
    public static async Task TakeAtAsync(IPage page, ILocator subject, string name)
    {
        Directory.CreateDirectory(Folder);
        await subject.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = false, Animations = ScreenshotAnimations.Disabled });
    }

    /// <summary>docs/screenshots of the checkout holding <paramref name="baseDirectory"/> when updating, else screenshots/ beside the test binaries.</summary>
    internal static string FindFolder(bool update, string baseDirectory)
    {
        if (update)
        {
            for (var directory = new DirectoryInfo(baseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "DiasporaMatch.sln")))
                {
                    return Path.Combine(directory.FullName, "docs", "screenshots");
                }
            }
        }

        return Path.Combine(baseDirectory, "screenshots");
    }
}
