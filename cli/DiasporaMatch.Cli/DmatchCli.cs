using System.CommandLine;
using System.CommandLine.Help;
using DiasporaMatch.Cli.Commands;

namespace DiasporaMatch.Cli;

/// <summary>Builds the `dmatch` command tree; every command is a thin call into core.</summary>
public static class DmatchCli
{
    /// <summary>
    /// Runs one command line. Usage errors exit 2 (System.CommandLine's parse errors, one line each, and the usage hint);
    /// file, folder and store errors exit 1 with one line; no stack trace is printed unless --verbose.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        // Read before parsing so that even a failure inside the parser can show its trace when asked to.
        var verbose = args.Contains(GlobalOptions.Verbose.Name, StringComparer.Ordinal);
        try
        {
            var parse = CreateRoot(output, error).Parse(args);
            if (parse.Errors.Count > 0)
            {
                return await CliErrors.UsageAsync(parse, error);
            }

            if (parse.Action is not HelpAction && parse.GetValue(GlobalOptions.Data) is { } data && File.Exists(data))
            {
                throw new CliInputException($"--data {Path.GetFullPath(data)} is a file, not a folder");
            }

            // The default handler would print the exception with its trace; CliErrors decides what the user sees.
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            return await CliErrors.ReportAsync(ex, error, verbose);
        }
    }

    internal static RootCommand CreateRoot(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("DiasporaMatch: match a diaspora's skills and capital with the needs of its country of origin.");
        root.Options.Add(GlobalOptions.Data);
        root.Options.Add(GlobalOptions.Json);
        root.Options.Add(GlobalOptions.Verbose);
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
        root.Subcommands.Add(AllocateCommand.Create(output, error));
        root.Subcommands.Add(SuggestCommand.Recommend(output, error));
        root.Subcommands.Add(SuggestCommand.Invest(output, error));
        root.Subcommands.Add(TrainCommand.Create(output, error));
        root.Subcommands.Add(EvalCommand.Create(output, error));
        root.Subcommands.Add(ReportCommand.Create(output, error));
        return root;
    }
}
