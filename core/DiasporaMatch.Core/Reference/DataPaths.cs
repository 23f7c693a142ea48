namespace DiasporaMatch.Reference;

/// <summary>Where the bundled data (reference files, starter taxonomy, sample, model) sits beside the running program.</summary>
public static class DataPaths
{
    public static string Bundled => Path.Combine(AppContext.BaseDirectory, "data");

    public static string ReferenceFolder => Path.Combine(Bundled, "reference");

    public static string StarterTaxonomyFolder => Path.Combine(Bundled, "taxonomy");

    public static string SampleFolder => Path.Combine(Bundled, "sample");

    public static string ModelsFolder => Path.Combine(Bundled, "models");
}
