namespace DiasporaMatch.TestSupport;

/// <summary>Locates the repository (the folder holding DiasporaMatch.sln) and the shared ESCO sample beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The ESCO sample is part of the test environment: its absence is a failure, not a skip.</summary>
    public static string EscoDirectory
    {
        get
        {
            var directory = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data", "esco"));
            return Directory.Exists(directory)
                ? directory
                : throw new InvalidOperationException(
                    $"The ESCO sample is missing: expected it at {directory} (../shared/data/esco beside the repository root {Root}).");
        }
    }

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
