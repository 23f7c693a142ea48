namespace DiasporaMatch.Cli.TestSupport;

/// <summary>A test's figures as one line in TestResults/NAME.txt beside the tests, which test.sh prints after the run.</summary>
internal static class TestFigures
{
    public static async Task WriteAsync(string name, string line)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".txt"), line + "\n");
    }
}
