using System.Globalization;
using System.Text.Json;
using DiasporaMatch.Records;
using DiasporaMatch.Reference;

namespace DiasporaMatch.Cli.TestSupport;

/// <summary>
/// The bundled sample imported by `dmatch import`, then served by a running host that holds the data folder
/// (its writer lock, its indexes): what query commands run beside. Shared by the <see cref="BesideSampleHost"/>.
/// </summary>
public sealed class SampleHostFixture : IAsyncLifetime
{
    public CliRun Cli { get; } = new();

    public RunningHost Host { get; private set; } = null!;

    public string DataFolder => Path.Combine(Cli.DataFolder, "data");

    public async Task InitializeAsync()
    {
        var files = RecordKind.All.Select(kind => Path.Combine(DataPaths.SampleFolder, kind + ".jsonl")).ToArray();
        var (code, _, error) = await Cli.RunAsync(["import", .. files]);
        if (code != ExitCodes.Success)
        {
            throw new InvalidOperationException("sample import failed: " + error);
        }

        Host = await RunningHost.StartAsync(dataFolder: DataFolder); // indexes the imported sample before it is ready
    }

    /// <summary>A staff GET on the host, its JSON body.</summary>
    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await Host.Client.SendAsync(Host.Request(HttpMethod.Get, path, Callers.Staff));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>A staff POST of <paramref name="json"/> on the host, its JSON body (a problem for a refusal).</summary>
    public async Task<JsonElement> PostAsync(string path, string json)
    {
        using var response = await Host.Client.SendAsync(Host.Request(HttpMethod.Post, path, Callers.Staff, LocalHostTests.JsonContent(json)));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>A ranked list (the host's or a command's JSON) as "rank id" lines, in rank order (the host serves no raw score).</summary>
    public static IReadOnlyList<string> Ranking(JsonElement body, string idProperty) =>
        body.GetProperty("results").EnumerateArray()
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.GetProperty("rank").GetInt32()} {r.GetProperty(idProperty).GetString()}"))
            .ToList();

    /// <summary>The data folder's files as they are now (<see cref="FolderSnapshot"/>).</summary>
    public IReadOnlyDictionary<string, string> Snapshot() => FolderSnapshot.Of(DataFolder);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Cli.Dispose();
    }
}
