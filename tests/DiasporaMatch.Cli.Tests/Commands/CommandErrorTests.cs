using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.Text.RegularExpressions;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli.Commands;

/// <summary>
/// Every command of the tree (walked, not listed) against the mistakes users make: a usage mistake exits 2 with one line
/// and the usage hint, a file or folder that cannot be used exits 1 with one line, nothing is written, no stack trace.
/// </summary>
public sealed partial class CommandErrorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "dmatch-cli-errors", Guid.NewGuid().ToString("N"));

    public CommandErrorTests()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(InputFile, string.Empty);
        File.WriteAllText(PlainFile, "not a folder");
        Directory.CreateDirectory(InputFolder);
    }

    private string Data => Path.Combine(_root, "data");

    private string InputFile => Path.Combine(_root, "profiles.jsonl");

    private string InputFolder => Path.Combine(_root, "folder");

    private string PlainFile => Path.Combine(_root, "plain-file");

    private string MissingFile => Path.Combine(_root, "missing", "profiles.jsonl");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task RunAsync_EveryCommandWithEveryKindOfMistake_ExitsWithItsCodeAndOneLine()
    {
        var root = DmatchCli.CreateRoot(TextWriter.Null, TextWriter.Null);
        var failures = new List<string>();
        var cases = 0;
        foreach (var (command, path) in Walk(root, []))
        {
            if (command.Subcommands.Count > 0)
            {
                cases++;
                await ExpectUsageAsync(failures, path, [.. path], "command");
                await ExpectUsageAsync(failures, path, [.. path, "no-such-command"], "no-such-command");
                continue;
            }

            var baseline = Baseline(command);
            var parsed = root.Parse([.. path, .. baseline.SelectMany(b => b.Args)]);
            Assert.True(parsed.Errors.Count == 0, $"{string.Join(' ', path)}: the test's valid command line does not parse ({string.Join("; ", parsed.Errors.Select(e => e.Message))}); add what the command needs to Baseline");
            var valid = baseline.SelectMany(b => b.Args).ToArray();
            string[] Without(Symbol symbol) => [.. baseline.Where(b => b.Symbol != symbol && b.InsteadOf != symbol.Name).SelectMany(b => b.Args)];

            cases++;
            await ExpectUsageAsync(failures, path, [.. path, "--data", Data, .. valid, "--no-such-option"], "--no-such-option");
            cases++;
            await ExpectUsageAsync(failures, path, [.. path, .. valid, "--data"], "--data");
            cases++;
            await ExpectFileErrorAsync(failures, path, [.. path, "--data", PlainFile, .. valid], PlainFile);

            foreach (var option in command.Options.Where(o => o is not HelpOption && o.Arity.MinimumNumberOfValues > 0))
            {
                cases++;
                await ExpectUsageAsync(failures, path, [.. path, "--data", Data, .. Without(option), option.Name], option.Name);
                if (option.ValueType == typeof(int))
                {
                    cases++;
                    await ExpectUsageAsync(failures, path, [.. path, "--data", Data, .. Without(option), option.Name, "abc"], "abc");
                }
                else if (IsEnumLike(option.ValueType, option.GetCompletions(CompletionContext.Empty)))
                {
                    cases++;
                    await ExpectUsageAsync(failures, path, [.. path, "--data", Data, .. Without(option), option.Name, "NoSuchValue"], "NoSuchValue");
                }
                else if (IsFile(option.ValueType))
                {
                    cases++;
                    await ExpectFileErrorAsync(failures, path, [.. path, "--data", Data, .. Without(option), option.Name, MissingFile], MissingFile);
                }
                else if (option.ValueType == typeof(DirectoryInfo))
                {
                    cases++;
                    await ExpectFileErrorAsync(failures, path, [.. path, "--data", Data, .. Without(option), option.Name, PlainFile], PlainFile);
                }
            }

            foreach (var argument in command.Arguments)
            {
                string[] withValue(string value) => [.. path, "--data", Data, .. baseline.SelectMany(b => b.Symbol == argument ? [value] : b.Args)];
                if (IsEnumLike(argument.ValueType, argument.GetCompletions(CompletionContext.Empty)))
                {
                    cases++;
                    await ExpectUsageAsync(failures, path, withValue("NoSuchValue"), "NoSuchValue");
                }
                else if (IsFile(argument.ValueType))
                {
                    cases++;
                    await ExpectFileErrorAsync(failures, path, withValue(MissingFile), MissingFile);
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases failed:\n{string.Join("\n", failures)}");
        Assert.True(cases > 60, $"only {cases} cases: the walk of the command tree found too little");
    }

    /// <summary>A few cases through the built executable: the process's own exit code and streams, not the method's.</summary>
    [Theory]
    [InlineData(ExitCodes.Usage, "token", "--role", "Staff", "--subject", "E-1")]
    [InlineData(ExitCodes.Usage, "list", "profiles", "--limit", "abc")]
    [InlineData(ExitCodes.Usage, "match", "--need", "N-0001", "--top", "abc")]
    [InlineData(ExitCodes.InvalidInput, "import", "no-such-file.jsonl")]
    [InlineData(ExitCodes.InvalidInput, "import", "records.txt")]
    public async Task Executable_Mistake_ExitsWithItsCodeWithoutStackTrace(int expected, params string[] args)
    {
        File.WriteAllText(Path.Combine(_root, "records.txt"), "{}");
        var (code, output, error) = await ExecutableRun.RunAsync(_root, [.. args, "--data", Data]);

        Assert.Equal(expected, code);
        Assert.False(HasStackTrace(output + error), output + error);
        Assert.Equal(expected == ExitCodes.Usage ? 2 : 1, Lines(error).Length);
        Assert.False(Directory.Exists(Data));
    }

    [Fact]
    public async Task Executable_Verbose_AddsTheTraceToTheOneLine()
    {
        // The data folder is a file: one line; --verbose adds the exception with its trace, for a bug report.
        var (quietCode, _, quiet) = await ExecutableRun.RunAsync(_root, ["list", "profiles", "--data", PlainFile]);
        var (verboseCode, _, verbose) = await ExecutableRun.RunAsync(_root, ["list", "profiles", "--data", PlainFile, "--verbose"]);

        Assert.Equal(ExitCodes.InvalidInput, quietCode);
        Assert.Equal(ExitCodes.InvalidInput, verboseCode);
        Assert.False(HasStackTrace(quiet), quiet);
        Assert.True(HasStackTrace(verbose), verbose);
    }

    [Fact]
    public async Task RunAsync_StoreBusy_ExitsOneWithOneLine()
    {
        await File.WriteAllTextAsync(InputFile, """{"id":"E-000001","fullName":"Person One","countryOfResidence":"BE","skills":["welding"]}""" + "\n");
        await using var holder = new Storage.FileDocumentStore(Path.Combine(Data, "store"));
        await holder.CreateAsync("profiles", "E-000002", """{"id":"E-000002","fullName":"Person Two","countryOfResidence":"BE","skills":["welding"]}"""u8.ToArray());

        var (code, output, error) = await RunAsync("import", InputFile, "--data", Data);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("another process", error, StringComparison.Ordinal);
        Assert.Single(Lines(error));
        Assert.False(HasStackTrace(output + error), error);
        Assert.Null(await holder.GetAsync("profiles", "E-000001"));
    }

    [Fact]
    public async Task ReportAsync_UnexpectedException_OneLineAndTraceOnlyWhenVerbose()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("the index lost its way");
        }
        catch (InvalidOperationException ex)
        {
            thrown = ex;
        }

        using var quiet = new StringWriter();
        using var verbose = new StringWriter();
        Assert.Equal(ExitCodes.InvalidInput, await CliErrors.ReportAsync(thrown, quiet, verbose: false));
        Assert.Equal(ExitCodes.InvalidInput, await CliErrors.ReportAsync(thrown, verbose, verbose: true));

        Assert.Equal(["dmatch: unexpected error: the index lost its way (run again with --verbose for details)"], Lines(quiet.ToString()));
        Assert.Contains("   at ", verbose.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MatchHelp_StatesTheDefaultRanker()
    {
        var (code, output, _) = await RunAsync("match", "--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("[default: baseline]", output, StringComparison.Ordinal);
    }

    private static bool IsEnumLike(Type type, IEnumerable<CompletionItem> completions) =>
        (type == typeof(string)) && completions.Any();

    private static bool IsFile(Type type) => type == typeof(FileInfo) || type == typeof(FileInfo[]);

    private static IEnumerable<(Command Command, string[] Path)> Walk(Command command, string[] path)
    {
        foreach (var child in command.Subcommands)
        {
            string[] childPath = [.. path, child.Name];
            yield return (child, childPath);
            foreach (var descendant in Walk(child, childPath))
            {
                yield return descendant;
            }
        }
    }

    /// <summary>A valid command line: required arguments and options with plausible values, plus what a command's own checks need.</summary>
    private List<(Symbol? Symbol, string[] Args, string? InsteadOf)> Baseline(Command command)
    {
        var parts = new List<(Symbol?, string[], string?)>();
        foreach (var argument in command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0))
        {
            parts.Add((argument, [ValidValue(argument.ValueType, argument.GetCompletions(CompletionContext.Empty))], null));
        }

        foreach (var option in command.Options.Where(o => o.Required))
        {
            parts.Add((option, [option.Name, ValidValue(option.ValueType, option.GetCompletions(CompletionContext.Empty))], null));
        }

        // Checks across options the tree does not describe: which one of two a command wants (dropped when the other is tested).
        switch (CliErrors.CommandPath(command))
        {
            case "dmatch match":
                parts.Add((command.Options.Single(o => o.Name == "--need"), ["--need", "N-0001"], "--all-needs"));
                break;
            case "dmatch taxonomy resolve":
                parts.Add((command.Arguments.Single(), ["welding"], "--batch"));
                break;
            case "dmatch report":
                // A file the report can be written as (the required --out's default value would be a .jsonl).
                parts.RemoveAll(p => p.Item1 is Option { Name: "--out" });
                parts.Add((command.Options.Single(o => o.Name == "--out"), ["--out", Path.Combine(_root, "report.html")], null));
                break;
            case "dmatch serve":
                parts.Add((command.Options.Single(o => o.Name == "--urls"), ["--urls", "http://127.0.0.1:0"], null));
                break;
        }

        return parts;
    }

    private string ValidValue(Type type, IEnumerable<CompletionItem> completions) =>
        completions.FirstOrDefault()?.Label
        ?? (IsFile(type) ? InputFile : type == typeof(DirectoryInfo) ? InputFolder : type == typeof(int) ? "3" : type == typeof(DateOnly?) ? "2027-01-01" : "E-0001");

    private async Task ExpectUsageAsync(List<string> failures, string[] path, string[] args, string mentioned)
    {
        var (code, output, error) = await RunAsync(args);
        var lines = Lines(error);
        var hint = $"Run '{string.Join(' ', ["dmatch", .. path])} --help' for usage.";
        if (code != ExitCodes.Usage || lines.Length != 2 || !lines[0].StartsWith("dmatch: ", StringComparison.Ordinal)
            || !lines[0].Contains(mentioned, StringComparison.Ordinal) || lines[1] != hint || HasStackTrace(output + error) || Directory.Exists(Data))
        {
            failures.Add($"[{string.Join(' ', args)}] expected exit 2, one line naming '{mentioned}' and the hint; got {code}: {error.Trim()}");
        }
    }

    private async Task ExpectFileErrorAsync(List<string> failures, string[] path, string[] args, string mentioned)
    {
        var (code, output, error) = await RunAsync(args);
        var lines = Lines(error);
        if (code != ExitCodes.InvalidInput || lines.Length != 1 || !lines[0].StartsWith("dmatch: ", StringComparison.Ordinal)
            || !lines[0].Contains(mentioned, StringComparison.Ordinal) || HasStackTrace(output + error) || Directory.Exists(Data))
        {
            failures.Add($"[{string.Join(' ', args)}] ({string.Join(' ', path)}) expected exit 1 and one line naming '{mentioned}'; got {code}: {error.Trim()}");
        }
    }

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await DmatchCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool HasStackTrace(string text) => text.Contains("   at ", StringComparison.Ordinal) || ExceptionName().IsMatch(text);

    [GeneratedRegex(@"\b[A-Z]\w*Exception\b")]
    private static partial Regex ExceptionName();
}
