using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DiasporaMatch.Api;
using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using Xunit.Abstractions;

namespace DiasporaMatch.Cli;

/// <summary>The data folder across processes: one writer at a time, readers beside it, nothing readable by other users.</summary>
public sealed class DataFolderTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);
    private readonly CliRun _cli = new();

    private string Data => Path.Combine(_cli.DataFolder, "data");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Serve_SecondWriter_RefusedAtStartWithOneLineWhileReadersAndQueriesRun()
    {
        var (serve, address) = await DmatchProcess.ServeAsync(Data, Bound);
        using (serve)
        {
            Assert.Equal(HttpStatusCode.Created, (await PostProfileAsync(address, "E-0001")).StatusCode);
            var profiles = _cli.File("profiles.jsonl");
            await File.WriteAllTextAsync(profiles, $"{{\"id\":\"E-0002\",{LocalHostTests.Profile.ReplaceLineEndings(" ").TrimStart()[1..]}\n");

            var second = await DmatchProcess.RunAsync(Bound, "serve", "--urls", "http://127.0.0.1:0", "--data", Data);
            var import = await DmatchProcess.RunAsync(Bound, "import", profiles, "--data", Data);
            var get = await DmatchProcess.RunAsync(Bound, "get", RecordKind.Profiles, "E-0001", "--data", Data);
            var list = await DmatchProcess.RunAsync(Bound, "list", RecordKind.Profiles, "--data", Data);
            var match = await DmatchProcess.RunAsync(Bound, "match", "--all-needs", "--data", Data);
            var recommend = await DmatchProcess.RunAsync(Bound, "recommend", "--expert", "E-0001", "--data", Data);

            foreach (var refused in new[] { second, import })
            {
                Assert.Equal(ExitCodes.InvalidInput, refused.Code);
                var line = Assert.Single(refused.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
                Assert.Contains("is being written by another process", line, StringComparison.Ordinal);
            }

            Assert.True(get.Code == ExitCodes.Success, get.Err);
            Assert.Contains("E-0001", get.Out, StringComparison.Ordinal);
            Assert.True(list.Code == ExitCodes.Success, list.Err);
            Assert.Contains("E-0001", list.Out, StringComparison.Ordinal);
            Assert.True(match.Code == ExitCodes.Success, match.Err); // query commands read the server's index, read-only
            Assert.True(recommend.Code == ExitCodes.Success, recommend.Err);
            Assert.StartsWith("E-0001 (baseline): 0 needs", recommend.Out, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Created, (await PostProfileAsync(address, "E-0003")).StatusCode); // the first server still writes
            await using var reader = new FileDocumentStore(Path.Combine(Data, "store"), new FileStoreOptions { ReadOnly = true });
            Assert.Null(await reader.GetAsync(RecordKind.Profiles, "E-0002")); // the refused import wrote nothing
        }
    }

    [Fact]
    public async Task Workspace_AfterDemoImportAndServe_NothingReadableByOthers()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix modes only
        }

        Assert.Equal(ExitCodes.Success, (await _cli.RunAsync("demo")).Code);
        var profiles = _cli.File("more.jsonl");
        await File.WriteAllTextAsync(profiles, $"{{\"id\":\"E-9001\",{LocalHostTests.Profile.ReplaceLineEndings(" ").TrimStart()[1..]}\n{{\"id\":\"E-9002\"}}\n");
        var report = _cli.File("report.jsonl");
        Assert.Equal(ExitCodes.InvalidInput, (await _cli.RunAsync("import", profiles, "--report", report)).Code); // one record rejected: the report is written
        var (serve, address) = await DmatchProcess.ServeAsync(Data, Bound);
        using (serve)
        {
            Assert.Equal(HttpStatusCode.Created, (await PostProfileAsync(address, "E-9003")).StatusCode);
            using var client = Client(address);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/needs/N-0001/matches", UriKind.Relative))).StatusCode);
        }

        var paths = Directory.EnumerateFileSystemEntries(Data, "*", SearchOption.AllDirectories).Append(Data).Append(report).ToList();
        string[] indexes = [Path.Combine(Data, "index") + Path.DirectorySeparatorChar, Path.Combine(Data, "taxonomy", "labels") + Path.DirectorySeparatorChar];
        var exposed = new List<string>();
        foreach (var path in paths)
        {
            var mode = File.GetUnixFileMode(path);
            // Lucene creates its index files with the process's default mode: they count as private because every
            // index folder is 0700 (checked as a path of its own), so no other user can reach them.
            var luceneFile = indexes.Any(index => path.StartsWith(index, StringComparison.Ordinal)) && File.Exists(path);
            if ((mode & ~PrivateFiles.FolderPermissions) != 0 && !luceneFile)
            {
                exposed.Add($"{Path.GetRelativePath(_cli.DataFolder, path)} {mode}");
            }
        }

        output.WriteLine($"checked {paths.Count} paths");
        await TestFigures.WriteAsync("workspace-permissions", $"workspace permissions: {paths.Count:N0} paths checked after a demo, an import and a serve session, {exposed.Count} readable by others");
        Assert.Contains(Path.Combine(Data, "secrets", "signing-key"), paths);
        Assert.Contains(Path.Combine(Data, "store", "writer.lock"), paths);
        Assert.Contains(Path.Combine(Data, "index", "profiles"), paths);
        Assert.Single(Directory.GetDirectories(Path.Combine(Data, "taxonomy", "labels"))); // the resolver's label index, checked too
        Assert.Empty(exposed);
    }

    private HttpClient Client(Uri address)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = Bound };
        var token = new TokenService(DevSigningKey.LoadOrCreate(Data), new ApiOptions().Issuer, TimeProvider.System).Issue(Callers.Staff, TimeSpan.FromHours(1));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<HttpResponseMessage> PostProfileAsync(Uri address, string id)
    {
        using var client = Client(address);
        using var body = new StringContent($"{{\"id\":\"{id}\",{LocalHostTests.Profile.TrimStart()[1..]}", Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri("/api/profiles", UriKind.Relative), body);
    }
}
