using System.Text;
using System.Text.Json;
using DiasporaMatch.Records;
using DiasporaMatch.Reference;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Ranking.Learning;

/// <summary>
/// Versioned model files: <c>models/&lt;version&gt;/model.zip</c> and <c>model.json</c> (<see cref="ModelManifest"/>),
/// and a <c>models/current</c> file naming the version in use. Every version stays on disk, so a rollback is a
/// pointer change. A workspace without its own models uses the bundled one (shipped in <c>data/models</c>).
/// </summary>
public sealed class ModelRegistry(string folder, string? bundledFolder = null)
{
    public const string CurrentFile = "current";
    public const string ModelFile = "model.zip";
    public const string ManifestFile = "model.json";

    /// <summary>Subfolder holding the investor ↔ opportunity models, a registry of their own.</summary>
    public const string InvestmentsFolder = "investments";

    private readonly Lock _lock = new();
    private RankingModel? _loaded;
    private ModelRegistry? _investments;

    public string Folder => folder;

    /// <summary>The investor ↔ opportunity models: same versioning, pointer and bundled fallback, in their own subfolder.</summary>
    public ModelRegistry Investments =>
        _investments ??= new ModelRegistry(Path.Combine(folder, InvestmentsFolder), bundledFolder is null ? null : Path.Combine(bundledFolder, InvestmentsFolder));

    /// <summary>The version in use: the workspace's own pointer, else the bundled one; null when there is none.</summary>
    public string? CurrentVersion() => ReadPointer(folder) ?? (bundledFolder is null ? null : ReadPointer(bundledFolder));

    /// <summary>The current model, loaded once per version; null when none is trained or bundled.</summary>
    public RankingModel? Current()
    {
        var version = CurrentVersion();
        if (version is null)
        {
            return null;
        }

        lock (_lock)
        {
            if (_loaded?.Manifest.Version != version)
            {
                _loaded = Load(version);
            }

            return _loaded;
        }
    }

    public RankingModel? Load(string version)
    {
        var directory = DirectoryOf(version);
        if (directory is null)
        {
            return null;
        }

        var manifest = JsonSerializer.Deserialize<ModelManifest>(File.ReadAllBytes(Path.Combine(directory, ManifestFile)), RecordJson.Options)!;
        return RankingModel.Load(Path.Combine(directory, ModelFile), manifest);
    }

    public ModelManifest? Manifest(string version) =>
        DirectoryOf(version) is { } directory
            ? JsonSerializer.Deserialize<ModelManifest>(File.ReadAllBytes(Path.Combine(directory, ManifestFile)), RecordJson.Options)
            : null;

    /// <summary>Writes a model's files under its version; it does not become current until promoted.</summary>
    public void Save(RankingModel model)
    {
        var directory = Path.Combine(folder, model.Manifest.Version);
        PrivateFiles.CreateFolder(directory);
        model.Save(Path.Combine(directory, ModelFile));
        PrivateFiles.WriteAllBytes(Path.Combine(directory, ManifestFile), JsonSerializer.SerializeToUtf8Bytes(model.Manifest, RecordJson.Indented));
    }

    /// <summary>Makes a saved version current.</summary>
    public void SetCurrent(string version)
    {
        if (DirectoryOf(version) is null)
        {
            throw new InvalidOperationException($"model {version} does not exist");
        }

        PrivateFiles.CreateFolder(folder);
        PrivateFiles.Replace(Path.Combine(folder, CurrentFile), stream => stream.Write(Encoding.UTF8.GetBytes(version + "\n")));
    }

    /// <summary>Goes back to the model the current one replaced; null (nothing changed) when there is none.</summary>
    public string? Rollback()
    {
        var current = CurrentVersion();
        var previous = current is null ? null : Manifest(current)?.Previous;
        if (previous is null || DirectoryOf(previous) is null)
        {
            return null;
        }

        SetCurrent(previous);
        return previous;
    }

    private string? DirectoryOf(string version)
    {
        if (version.Length == 0 || version.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || version.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var root in new[] { folder, bundledFolder }.OfType<string>())
        {
            var directory = Path.Combine(root, version);
            if (File.Exists(Path.Combine(directory, ModelFile)) && File.Exists(Path.Combine(directory, ManifestFile)))
            {
                return directory;
            }
        }

        return null;
    }

    private static string? ReadPointer(string root)
    {
        var path = Path.Combine(root, CurrentFile);
        return File.Exists(path) ? File.ReadAllText(path).Trim() is { Length: > 0 } v ? v : null : null;
    }
}
