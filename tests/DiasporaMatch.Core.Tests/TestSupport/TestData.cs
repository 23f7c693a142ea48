using DiasporaMatch.Records;
using DiasporaMatch.Reference;

namespace DiasporaMatch.TestSupport;

/// <summary>Shared read-only test data: the bundled reference files and the schemas over them.</summary>
public static class TestData
{
    private static readonly Lazy<ReferenceData> LazyReference = new(() => ReferenceData.Load(DataPaths.ReferenceFolder));

    public static ReferenceData Reference => LazyReference.Value;

    public static RecordSchemas Schemas { get; } = new(Reference);

    public static RecordValidator Validator { get; } = new(Schemas);

    /// <summary>The repository root (the folder holding DiasporaMatch.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DiasporaMatch.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("DiasporaMatch.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The shared data folder beside the repository (ESCO, geography); CI lays it there too.</summary>
    public static string SharedData
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
            return Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"shared data not found at {path}; it is expected beside the repository");
        }
    }
}
