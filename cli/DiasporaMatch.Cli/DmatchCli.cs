using System.CommandLine;
using DiasporaMatch.Cli.Commands;
using DiasporaMatch.Import;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Cli;

/// <summary>Builds the `dmatch` command tree; every command is a thin call into core.</summary>
public static class DmatchCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("DiasporaMatch: match a diaspora's skills and capital with the needs of its country of origin.");
        root.Options.Add(GlobalOptions.Data);
        root.Options.Add(GlobalOptions.Json);
        root.Subcommands.Add(ImportCommand.Create(output, error));
        root.Subcommands.Add(GetCommand.Create(output, error));
        root.Subcommands.Add(ListCommand.Create(output, error));
        root.Subcommands.Add(DemoCommand.Create(output, error));
        root.Subcommands.Add(SampleCommand.Create(output, error));
        root.Subcommands.Add(TaxonomyCommand.Create(output, error));
        root.Subcommands.Add(ServeCommand.Create(output, error));
        root.Subcommands.Add(TokenCommand.Create(output, error));
        root.Subcommands.Add(IndexCommand.Create(output, error));
        root.Subcommands.Add(MatchCommand.Create(output, error));
        root.Subcommands.Add(SuggestCommand.Recommend(output, error));
        root.Subcommands.Add(SuggestCommand.Invest(output, error));
        root.Subcommands.Add(TrainCommand.Create(output, error));
        root.Subcommands.Add(EvalCommand.Create(output, error));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                await error.WriteLineAsync($"dmatch: {problem.Message}");
            }

            await error.WriteLineAsync("Run 'dmatch --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            // The default handler would print these as "Unhandled exception" with a stack trace before the catch below saw them.
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is ImportFileException or StoreBusyException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"dmatch: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception ex)
        {
            // As the default handler did: a bug shows its trace; a cancelled run (Ctrl+C) exits quietly.
            if (ex is not OperationCanceledException)
            {
                await error.WriteLineAsync($"Unhandled exception: {ex}");
            }

            return 1;
        }
    }
}
