using DiasporaMatch.Reference;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// The taxonomy a data folder uses: the imported snapshot (<c>taxonomy/taxonomy.json.gz</c>, written by
/// `dmatch taxonomy import`) when there is one, else the starter taxonomy bundled with the program.
/// </summary>
public static class TaxonomyLoader
{
    public const string SnapshotFile = "taxonomy.json.gz";

    public static string SnapshotPath(string dataRoot) => Path.Combine(dataRoot, "taxonomy", SnapshotFile);

    /// <summary>Where the resolver keeps its label index between processes (<see cref="LabelIndexFolder"/>).</summary>
    public static string LabelIndexPath(string dataRoot) => Path.Combine(dataRoot, "taxonomy", "labels");

    public static Taxonomy Load(string dataRoot)
    {
        var snapshot = SnapshotPath(dataRoot);
        return File.Exists(snapshot) ? TaxonomySnapshot.Load(snapshot) : EscoImporter.Import(DataPaths.StarterTaxonomyFolder).Taxonomy;
    }

    /// <summary>Imports ESCO CSV files and makes them this data folder's taxonomy.</summary>
    public static EscoImportResult ImportInto(string dataRoot, string escoDirectory)
    {
        var result = EscoImporter.Import(escoDirectory);
        PrivateFiles.CreateFolder(Path.GetDirectoryName(SnapshotPath(dataRoot))!);
        TaxonomySnapshot.Save(result.Taxonomy, SnapshotPath(dataRoot));
        return result;
    }
}
