using System.CommandLine;
using System.Text.Json;
using DiasporaMatch.Import;
using DiasporaMatch.Taxonomy;

namespace DiasporaMatch.Cli;

/// <summary>What reaches the terminal when a command cannot run: one line each, a stack trace only with --verbose.</summary>
internal static class CliErrors
{
    /// <summary>Parse errors (unknown option or command, bad value, missing value): one line each, then where to read the usage.</summary>
    public static async Task<int> UsageAsync(ParseResult parse, TextWriter error)
    {
        // A mistyped word also leaves its command incomplete ("Required command was not provided"); the word is the cause.
        var unmatched = parse.Errors.Where(e => parse.UnmatchedTokens.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal))).ToList();
        foreach (var problem in unmatched.Count > 0 ? unmatched : parse.Errors)
        {
            await error.WriteLineAsync($"dmatch: {OneLine(problem.Message)}");
        }

        await error.WriteLineAsync($"Run '{CommandPath(parse.CommandResult.Command)} --help' for usage.");
        return ExitCodes.Usage;
    }

    /// <summary>
    /// Maps an exception from a command to its exit code: file, folder and store problems (a damaged data file among them:
    /// <see cref="InvalidDataException"/> names it) are the user's to fix (1) and print their message; anything else is a
    /// bug, still one line (1) unless <paramref name="verbose"/> asks for the trace.
    /// </summary>
    public static async Task<int> ReportAsync(Exception exception, TextWriter error, bool verbose)
    {
        if (exception is OperationCanceledException)
        {
            await error.WriteLineAsync("dmatch: cancelled");
            return ExitCodes.Cancelled;
        }

        var known = exception is CliInputException or ImportFileException or TaxonomyImportException or IOException or InvalidDataException or UnauthorizedAccessException or JsonException;
        await error.WriteLineAsync(known
            ? $"dmatch: {OneLine(exception.Message)}"
            : $"dmatch: unexpected error: {OneLine(exception.Message)} (run again with --verbose for details)");
        if (verbose)
        {
            await error.WriteLineAsync(exception.ToString());
        }

        return ExitCodes.InvalidInput;
    }

    internal static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (var current = command; current is not RootCommand; current = current.Parents.OfType<Command>().First())
        {
            names.Insert(0, current.Name);
        }

        return string.Join(' ', ["dmatch", .. names]);
    }

    /// <summary>System.CommandLine lists allowed values on separate lines; a terminal line keeps them on one.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
