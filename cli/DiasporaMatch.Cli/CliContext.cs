using System.CommandLine;
using System.Text.Json;
using DiasporaMatch.Hosting;
using DiasporaMatch.Records;

namespace DiasporaMatch.Cli;

/// <summary>What a command runs with: parsed global options, the output streams, and the workspace when opened.</summary>
public sealed class CliContext(ParseResult parse, TextWriter output, TextWriter error)
{
    public string DataFolder => parse.GetValue(GlobalOptions.Data)!;

    public bool Json => parse.GetValue(GlobalOptions.Json);

    public TextWriter Out => output;

    public TextWriter Err => error;

    /// <summary>For commands that write: takes the data folder's writer lock (fails with one clear line when `serve` holds it).</summary>
    public Workspace OpenWorkspace() => Workspace.Open(DataFolder);

    /// <summary>For commands that only read the store: no lock, nothing written or repaired, so they run beside `serve`.</summary>
    public Workspace OpenReadOnlyWorkspace() => Workspace.Open(DataFolder, new WorkspaceOptions { ReadOnly = true });

    public void WriteJson<T>(T value) => output.WriteLine(JsonSerializer.Serialize(value, RecordJson.Options));
}
