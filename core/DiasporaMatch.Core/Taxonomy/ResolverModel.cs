using System.Text.Json;
using DiasporaMatch.Reference;
using DiasporaMatch.Trees;
using Microsoft.ML;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// The resolver's learned re-ranker: a LambdaRank tree ensemble over <see cref="ResolverFeatures"/>, trained on
/// ESCO labels of the train split passed through <see cref="TitleNoise"/> (bench mode <c>resolver-train</c>, which
/// replaces the bundled model only when it resolves the dev set better). Scored through the compiled ensemble.
/// </summary>
public sealed class ResolverModel
{
    public const string FolderName = "resolver";
    public const string ModelFile = "model.zip";
    public const string ManifestFile = "model.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static readonly Lazy<ResolverModel> BundledModel = new(() => Load(BundledFolder));

    private readonly CompiledEnsemble _ensemble;

    private ResolverModel(CompiledEnsemble ensemble, Manifest manifest)
    {
        _ensemble = ensemble;
        Description = manifest;
    }

    public static string BundledFolder => Path.Combine(DataPaths.ModelsFolder, FolderName);

    /// <summary>The model shipped in <c>data/models/resolver</c>, loaded once.</summary>
    public static ResolverModel Bundled => BundledModel.Value;

    public Manifest Description { get; }

    /// <summary>
    /// Loads a model folder; a model over other features, one that cannot be compiled, or a damaged file is refused
    /// with an <see cref="InvalidDataException"/> naming the file.
    /// </summary>
    public static ResolverModel Load(string folder)
    {
        var manifestPath = Path.Combine(folder, ManifestFile);
        Manifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(manifestPath), Json)
                ?? throw new InvalidDataException($"{manifestPath}: empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{manifestPath}: not a model manifest ({e.Message})", e);
        }

        if (manifest.Features is null)
        {
            throw new InvalidDataException($"{manifestPath}: not a model manifest (no features)");
        }

        if (!manifest.Features.SequenceEqual(ResolverFeatures.Names))
        {
            throw new InvalidDataException($"{folder}: the model reads [{string.Join(", ", manifest.Features)}], the resolver computes [{string.Join(", ", ResolverFeatures.Names)}]");
        }

        var modelPath = Path.Combine(folder, ModelFile);
        using var stream = File.OpenRead(modelPath);
        ITransformer trained;
        try
        {
            trained = new MLContext(seed: 0).Model.Load(stream, out _);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or InvalidOperationException)
        {
            throw new InvalidDataException($"{modelPath}: not a readable ML.NET model ({e.Message})", e);
        }

        var ensemble = CompiledEnsemble.TryCompile(trained, ResolverFeatures.Count)
            ?? throw new InvalidDataException($"{modelPath}: not a tree ensemble over numerical splits");
        return new ResolverModel(ensemble, manifest);
    }

    /// <summary>Writes the manifest beside a trained model (<c>RankingModel.Save</c> writes the model itself).</summary>
    public static void WriteManifest(string folder, Manifest manifest) =>
        File.WriteAllText(Path.Combine(folder, ManifestFile), JsonSerializer.Serialize(manifest, Json));

    /// <summary>Scores flat rows of <see cref="ResolverFeatures.Count"/> values; higher is better.</summary>
    internal void Score(ReadOnlySpan<float> rows, Span<double> scores) => _ensemble.Score(rows, ResolverFeatures.Count, scores);

    /// <summary>What a bundled model says of itself: its columns, how it was trained, and its MRR@10 on the dev set per language.</summary>
    public sealed record Manifest(
        IReadOnlyList<string> Features, string Trainer, int Seed, int TrainQueries, IReadOnlyDictionary<string, double> DevMrrAt10);
}
