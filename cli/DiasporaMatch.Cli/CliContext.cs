using System.CommandLine;
using System.Text.Json;
using System.Globalization;
using DiasporaMatch.Hosting;
using DiasporaMatch.Matching;
using DiasporaMatch.Records;
using DiasporaMatch.Search;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Cli;

/// <summary>What a command runs with: parsed global options, the output streams, and the workspace when opened.</summary>
public sealed class CliContext(ParseResult parse, TextWriter output, TextWriter error)
{
    public string DataFolder => parse.GetValue(GlobalOptions.Data)!;

    public bool Json => parse.GetValue(GlobalOptions.Json);

    public TextWriter Out => output;

    public TextWriter Err => error;

    /// <summary>For commands that write: takes the data folder's writer lock (fails with one clear line when `serve` holds it).</summary>
    public Workspace OpenWorkspace() => Workspace.Open(DataFolder, new WorkspaceOptions { LoggerFactory = new CliWarnings(error) });

    /// <summary>For commands that only read the store: no lock, nothing written or repaired, so they run beside `serve`.</summary>
    public Workspace OpenReadOnlyWorkspace() => Workspace.Open(DataFolder, new WorkspaceOptions { ReadOnly = true, LoggerFactory = new CliWarnings(error) });

    /// <summary>
    /// For query commands (match, recommend, invest, eval): the store and the indexes opened read-only, so they run
    /// beside `serve` and change nothing there. Indexes behind the store (records imported since the last indexing)
    /// are first caught up when no other process writes the folder and it is writable — a user who just imported
    /// expects to find the new records, as before. Otherwise they answer from the index as it is and say on stderr
    /// how far behind it is (never a silent stale answer); with no index at all, one line and exit 1.
    /// </summary>
    internal async Task<QuerySession> OpenQueryAsync(CancellationToken cancellationToken)
    {
        var workspace = OpenReadOnlyWorkspace();
        MatchService? service = null;
        try
        {
            if (SearchIndexes.Exists(workspace.IndexFolder))
            {
                service = await workspace.OpenMatchServiceAsync(cancellationToken);
                var lag = await service.Indexer.LagAsync(cancellationToken);
                if (lag.Current)
                {
                    return new QuerySession(workspace, service);
                }

                if (await TryCatchUpAsync(cancellationToken) is { } why)
                {
                    await error.WriteLineAsync(Describe(lag, why));
                    return new QuerySession(workspace, service);
                }

                service.Dispose(); // it reads the commit from before the catch-up
                service = null;
            }
            else if (await TryCatchUpAsync(cancellationToken) is { } why)
            {
                throw new CliInputException($"there is no search index in {workspace.IndexFolder} yet, and it cannot be built now: {why}");
            }

            service = await workspace.OpenMatchServiceAsync(cancellationToken);
            return new QuerySession(workspace, service);
        }
        catch
        {
            service?.Dispose();
            await workspace.DisposeAsync();
            throw;
        }
    }

    /// <summary>Takes the writer lock just long enough to catch the indexes up; null when done, else why it could not.</summary>
    private async Task<string?> TryCatchUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var writer = OpenWorkspace();
            await writer.CatchUpIndexAsync(null, cancellationToken);
            return null;
        }
        catch (StoreBusyException)
        {
            return "another process writes the data folder (`dmatch serve` indexes as it writes; otherwise try again once it has finished)";
        }
        catch (UnauthorizedAccessException)
        {
            return "the data folder is not writable by this user";
        }
    }

    private static string Describe(IndexLag lag, string why) => lag.Ahead
        ? $"dmatch: the search index holds changes the store's change log does not (a log restored from a backup?) and cannot be rebuilt now: {why}; answering from the index as it is"
        : string.Create(
            CultureInfo.InvariantCulture,
            $"dmatch: the search index is {lag.Behind} change{(lag.Behind == 1 ? "" : "s")} behind the store and cannot be caught up now: {why}; answering from the index as it is");

    public void WriteJson<T>(T value) => output.WriteLine(JsonSerializer.Serialize(value, RecordJson.Options));
}
