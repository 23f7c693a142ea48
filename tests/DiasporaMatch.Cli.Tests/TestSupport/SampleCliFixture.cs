using DiasporaMatch.Records;
using DiasporaMatch.Reference;

namespace DiasporaMatch.Cli.TestSupport;

/// <summary>A data folder holding the imported bundled sample, shared by one test class (read-only commands).</summary>
public sealed class SampleCliFixture : IAsyncLifetime
{
    public CliRun Cli { get; } = new();

    public async Task InitializeAsync()
    {
        var files = RecordKind.All.Select(kind => Path.Combine(DataPaths.SampleFolder, kind + ".jsonl")).ToArray();
        var (code, _, error) = await Cli.RunAsync(["import", .. files]);
        if (code != ExitCodes.Success)
        {
            throw new InvalidOperationException("sample import failed: " + error);
        }
    }

    public Task DisposeAsync()
    {
        Cli.Dispose();
        return Task.CompletedTask;
    }
}
