using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Cli.Commands;

/// <summary>`kill -9` during a large import: what was acknowledged is intact, nothing is torn, a re-run completes.</summary>
public sealed class ImportCrashTests : IDisposable
{
    private const int Records = 20_000;
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Import_KilledMidWrite_LeavesNoTornDocumentAndRerunCompletes()
    {
        var file = _cli.File("profiles.jsonl");
        await using (var writer = new StreamWriter(file))
        {
            for (var i = 0; i < Records; i++)
            {
                await writer.WriteLineAsync($$"""{"id":"E-{{i:D6}}","fullName":"Person {{i}}","countryOfResidence":"BE","skills":["skill {{i % 97}}"]}""");
            }
        }

        var data = Path.Combine(_cli.DataFolder, "data");
        var log = Path.Combine(data, "store", "changes.log");
        using (var child = StartDmatch("import", file, "--data", data))
        {
            var deadline = Stopwatch.StartNew();
            while (LineCount(log) < 2_000 && !child.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(20);
            }

            Assert.False(child.HasExited, "the import finished before it could be killed; make the file bigger");
            child.Kill(entireProcessTree: true); // SIGKILL: no clean-up code runs
            await child.WaitForExitAsync();
        }

        var docs = Directory.GetFiles(Path.Combine(data, "store", "docs", "profiles"), "*.json");
        Assert.NotEmpty(docs);
        Assert.True(docs.Length < Records);
        foreach (var doc in docs)
        {
            using var parsed = JsonDocument.Parse(await File.ReadAllBytesAsync(doc)); // throws on a torn document
            Assert.Equal(Path.GetFileNameWithoutExtension(doc), parsed.RootElement.GetProperty("id").GetString());
        }

        await using (var store = new FileDocumentStore(Path.Combine(data, "store")))
        {
            var logged = (await store.ReadChangesAsync(0, int.MaxValue)).Select(c => c.Id).ToHashSet();
            Assert.All(docs, d => Assert.Contains(Path.GetFileNameWithoutExtension(d), logged)); // stored ⇒ in the change feed
        }

        var (code, _, error) = await _cli.RunAsync("import", file);
        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal(Records, Directory.GetFiles(Path.Combine(data, "store", "docs", "profiles"), "*.json").Length);
        Assert.Empty(Directory.GetFiles(Path.Combine(data, "store", "docs"), "*.tmp", SearchOption.AllDirectories));

        // The index follows the change feed from its committed cursor: after the crash it holds every record once.
        await using var workspace = Hosting.Workspace.Open(data);
        using var matches = await workspace.OpenMatchServiceAsync();
        Assert.Equal(Records, matches.Indexes.Profiles.Count);
    }

    private static Process StartDmatch(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dmatch.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }

    private static int LineCount(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var count = 0;
            var buffer = new byte[1 << 16];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                count += buffer.AsSpan(0, read).Count((byte)'\n');
            }

            return count;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
