namespace DiasporaMatch.Azure.TestSupport;

/// <summary>Locates the repository: the folder holding DiasporaMatch.sln above the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DiasporaMatch.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No DiasporaMatch.sln above {AppContext.BaseDirectory}");
    }
}
