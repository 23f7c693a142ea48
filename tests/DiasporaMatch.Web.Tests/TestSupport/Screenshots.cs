using Microsoft.Playwright;

namespace DiasporaMatch.Web.TestSupport;

/// <summary>Saves page screenshots into the repository's docs/screenshots (committed), found from the test's output folder.</summary>
public static class Screenshots
{
    public static string Folder { get; } = FindFolder();

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

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DiasporaMatch.sln")))
            {
                return Path.Combine(directory.FullName, "docs", "screenshots");
            }
        }

        return Path.Combine(Path.GetTempPath(), "dmatch-screenshots");
    }
}
