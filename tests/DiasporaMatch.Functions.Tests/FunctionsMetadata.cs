using System.Text.Json;

namespace DiasporaMatch.Functions;

/// <summary>The functions.metadata the Functions SDK generated for the app (what the Functions host indexes).</summary>
public sealed record FunctionBinding(string Name, string Type, string Direction, JsonElement Json)
{
    public string? Get(string property) => Json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public IReadOnlyList<string> Methods => Json.TryGetProperty("methods", out var m) ? [.. m.EnumerateArray().Select(x => x.GetString()!)] : [];
}

public sealed record FunctionDefinition(string Name, string EntryPoint, IReadOnlyList<FunctionBinding> Bindings)
{
    public FunctionBinding Trigger => Bindings.Single(b => b.Type.EndsWith("Trigger", StringComparison.Ordinal));
}

public static class FunctionsMetadata
{
    private static readonly Lazy<IReadOnlyList<FunctionDefinition>> Loaded = new(Load);

    public static IReadOnlyList<FunctionDefinition> Functions => Loaded.Value;

    /// <summary>
    /// functions/DiasporaMatch.Functions/bin/{configuration}/net10.0/functions.metadata, the configuration taken from
    /// this test assembly's own path (…/bin/Release/net10.0/), so a <c>--no-build</c> run after a Release build reads the Release output.
    /// </summary>
    public static string Path
    {
        get
        {
            var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
            var framework = output.Name;
            var configuration = output.Parent!.Name;
            var root = output;
            while (root is not null && !File.Exists(System.IO.Path.Combine(root.FullName, "DiasporaMatch.sln")))
            {
                root = root.Parent;
            }

            Assert.True(root is not null, $"no DiasporaMatch.sln above {AppContext.BaseDirectory}");
            return System.IO.Path.Combine(root!.FullName, "functions", "DiasporaMatch.Functions", "bin", configuration, framework, "functions.metadata");
        }
    }

    private static IReadOnlyList<FunctionDefinition> Load()
    {
        var path = Path;
        Assert.True(File.Exists(path), $"{path} is missing: build the Functions app (dotnet build DiasporaMatch.sln -c <configuration>)");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.EnumerateArray().Select(f => new FunctionDefinition(
            f.GetProperty("name").GetString()!,
            f.GetProperty("entryPoint").GetString()!,
            [.. f.GetProperty("bindings").EnumerateArray().Select(b => new FunctionBinding(
                b.GetProperty("name").GetString()!, b.GetProperty("type").GetString()!, b.GetProperty("direction").GetString()!, b.Clone()))]))];
    }
}
