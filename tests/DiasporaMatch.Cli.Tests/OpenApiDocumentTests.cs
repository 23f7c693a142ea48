using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DiasporaMatch.Cli.TestSupport;
using Xunit.Abstractions;

namespace DiasporaMatch.Cli;

/// <summary>The OpenAPI document a running host serves: what it declares, and that a standard linter finds no error in it.</summary>
public sealed partial class OpenApiDocumentTests(ITestOutputHelper output) : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> DocumentAsync() => await _host.Client.GetStringAsync(new Uri("/api/openapi.json", UriKind.Relative));

    [Fact]
    public async Task Lint_RecommendedRuleset_HasNoErrors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dmatch-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, await DocumentAsync());
        try
        {
            var (code, stdout, stderr) = await Redocly.LintAsync(path);
            var report = stdout + stderr;
            output.WriteLine(report);
            Assert.True(code == 0, report);
            Assert.DoesNotMatch(ErrorCount(), report);
            output.WriteLine($"warnings: {(WarningCount().Match(report) is { Success: true } m ? m.Groups[1].Value : "0")}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Document_DeclaresBodiesResponsesServerAndProblems()
    {
        using var document = JsonDocument.Parse(await DocumentAsync());
        var root = document.RootElement;
        var profiles = root.GetProperty("paths").GetProperty("/api/profiles");
        var create = profiles.GetProperty("post");
        var getNeed = root.GetProperty("paths").GetProperty("/api/needs/{id}").GetProperty("get");

        Assert.Equal(_host.Client.BaseAddress!.ToString().TrimEnd('/'), root.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.Equal("#/components/schemas/ExpertProfile", create.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(create.GetProperty("responses").GetProperty("201").GetProperty("headers").TryGetProperty("Location", out _));
        Assert.Equal("#/components/schemas/ProblemDetails", getNeed.GetProperty("responses").GetProperty("404").GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal(["limit", "cursor", "q", "state", "sector", "region", "from", "to", "language", "sort"], profiles.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Object, root.GetProperty("components").GetProperty("schemas").GetProperty("MatchList").GetProperty("properties").GetProperty("results").ValueKind);
        Assert.Equal(0, root.GetProperty("paths").GetProperty("/api/health").GetProperty("get").GetProperty("security").GetArrayLength());
        Assert.Equal(1, create.GetProperty("security").GetArrayLength());
    }

    [Fact]
    public async Task Document_ResponseSchemas_DescribeWhatIsServed()
    {
        var created = await _host.Client.SendAsync(_host.Request(HttpMethod.Post, "/api/profiles", Callers.Expert, LocalHostTests.JsonContent(LocalHostTests.Profile)));
        var receipt = await created.Content.ReadFromJsonAsync<JsonElement>();
        using var document = JsonDocument.Parse(await DocumentAsync());
        var schema = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ProfileReceipt");

        // Every member the receipt carries is a declared property, and every required property is there.
        var declared = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.All(receipt.EnumerateObject(), p => Assert.Contains(p.Name, declared));
        Assert.All(schema.GetProperty("required").EnumerateArray(), r => Assert.True(receipt.TryGetProperty(r.GetString()!, out _), r.GetString()));
    }

    /// <summary>
    /// The generated client (tests/DiasporaMatch.ApiClient) is built from a checked-in snapshot of the document, so a
    /// route change must refresh it; the served server URL (a free port) is left out of the comparison.
    /// </summary>
    [Fact]
    public async Task Snapshot_MatchesServedDocument()
    {
        var served = JsonNode.Parse(await DocumentAsync())!;
        served["servers"] = new JsonArray(new JsonObject { ["url"] = "http://127.0.0.1:5080" });
        var text = served.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        var snapshot = Path.Combine(Redocly.RepoRoot(), "tests", "DiasporaMatch.ApiClient", "openapi.json");
        if (Environment.GetEnvironmentVariable("DMATCH_UPDATE_OPENAPI_SNAPSHOT") == "1")
        {
            await File.WriteAllTextAsync(snapshot, text);
        }

        Assert.True(
            File.Exists(snapshot) && await File.ReadAllTextAsync(snapshot) == text,
            $"{snapshot} differs from the served document; refresh it with DMATCH_UPDATE_OPENAPI_SNAPSHOT=1 dotnet test tests/DiasporaMatch.Cli.Tests --filter Snapshot_MatchesServedDocument, then rebuild (the client is generated from it).");
    }

    [GeneratedRegex(@"\b[1-9]\d* errors?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ErrorCount();

    [GeneratedRegex(@"(\d+) warnings?", RegexOptions.IgnoreCase)]
    private static partial Regex WarningCount();
}
