using System.CommandLine;
using System.Text.Json;
using DiasporaMatch.Duplicates;
using DiasporaMatch.Hosting;
using DiasporaMatch.Import;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Cli.Commands;

/// <summary><c>dmatch import FILE... [--kind K] [--report FILE]</c>: good records land, bad ones are reported.</summary>
public static class ImportCommand
{
    /// <summary>A terminal shows this many probable duplicates; a large import can flag thousands, which --report keeps.</summary>
    private const int DuplicatesShown = 20;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<FileInfo[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "JSONL (.jsonl, .ndjson) or CSV (.csv) files" };
        CliOptions.RejectOptionLikeTokens(files);
        var kind = new Option<string?>("--kind") { Description = $"Record kind: {string.Join(", ", RecordKind.All)} (default: from the file)" };
        kind.AcceptOnlyFromAmong([.. RecordKind.All]);
        var report = new Option<FileInfo?>("--report") { Description = "Write one JSON line per rejected record (line, id, errors) and a summary line" };
        var command = new Command("import", "Bulk-import records from JSONL or CSV files") { files, kind, report };
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            CheckInputs(parse.GetValue(files)!, parse.GetValue(report));
            await using var workspace = context.OpenWorkspace();
            return await RunAsync(context, workspace, parse.GetValue(files)!, parse.GetValue(kind), parse.GetValue(report), ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, Workspace workspace, IEnumerable<FileInfo> files, string? kind, FileInfo? reportFile, CancellationToken ct)
    {
        await using var report = reportFile is null ? null : PrivateFiles.Writer(reportFile.FullName);
        var inputs = files.ToList();
        var bar = new ProgressBar(context.Err, "importing", inputs.Sum(f => f.Length), workspace.Time, draw: !Console.IsErrorRedirected);
        (bool RejectedAny, bool ChangedAny, List<string> CreatedProfiles) stored;
        try
        {
            stored = await StoreAsync(context, workspace, inputs, kind, report, bar, ct);
            if (stored.ChangedAny)
            {
                await IndexAsync(context, workspace, bar, ct);
            }
        }
        finally
        {
            bar.Finish();
        }

        if (stored.CreatedProfiles.Count > 0)
        {
            await ReportDuplicatesAsync(context, workspace.Store, stored.CreatedProfiles, report, ct);
        }

        return stored.RejectedAny ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    /// <summary>The import ends when its records are searchable: the indexes apply the new changes before it returns.</summary>
    private static async Task IndexAsync(CliContext context, Workspace workspace, ProgressBar bar, CancellationToken ct)
    {
        var started = workspace.Time.GetTimestamp();
        var report = await workspace.CatchUpIndexAsync(bar, ct);
        var seconds = Math.Round(workspace.Time.GetElapsedTime(started).TotalSeconds, 3);
        if (context.Json)
        {
            context.WriteJson(new { indexed = report.Indexed, removed = report.Removed, report.Unreadable, seconds });
        }
        else
        {
            bar.WriteLine($"searchable: {report.Indexed:N0} records indexed, {report.Removed:N0} removed ({seconds:N1} s)");
        }
    }

    /// <summary>Stores every file's good records, reporting the bad ones and each file's summary as it ends.</summary>
    private static async Task<(bool RejectedAny, bool ChangedAny, List<string> CreatedProfiles)> StoreAsync(
        CliContext context, Workspace workspace, List<FileInfo> files, string? kind, StreamWriter? report, ProgressBar bar, CancellationToken ct)
    {
        var rejectedAny = false;
        var changedAny = false;
        var createdProfiles = new List<string>();
        foreach (var file in files)
        {
            var format = FormatOf(file.Name);
            await using var input = file.OpenRead();
            bar.NextFile();
            var summary = await workspace.Importer.ImportAsync(
                input,
                format,
                kind ?? KindDetector.FromFileName(file.Name),
                async rejection =>
                {
                    if (report is not null)
                    {
                        await report.WriteLineAsync(JsonSerializer.Serialize(new { file = file.Name, rejection.Line, rejection.Id, rejection.Errors }, RecordJson.Options));
                    }
                    else if (!context.Json)
                    {
                        bar.WriteLine($"{file.Name}:{rejection.Line}: {string.Join("; ", rejection.Errors)}");
                    }
                },
                bar,
                ct);
            rejectedAny |= summary.Rejected > 0;
            changedAny |= summary.Accepted > 0;
            if (summary.Kind == RecordKind.Profiles)
            {
                createdProfiles.AddRange(summary.CreatedIds);
            }

            var line = new { file = file.Name, summary.Kind, summary.Records, summary.Created, summary.Updated, summary.Rejected, seconds = Math.Round(summary.Elapsed.TotalSeconds, 3) };
            if (report is not null)
            {
                await report.WriteLineAsync(JsonSerializer.Serialize(new { summary = line }, RecordJson.Options));
            }

            if (context.Json)
            {
                context.WriteJson(line);
            }
            else
            {
                bar.WriteLine($"{file.Name}: {summary.Records:N0} {summary.Kind} records, {summary.Created:N0} created, {summary.Updated:N0} updated, {summary.Rejected:N0} rejected ({summary.RecordsPerSecond:N0}/s)");
            }
        }

        return (rejectedAny, changedAny, createdProfiles);
    }

    /// <summary>
    /// The probable duplicates among the profiles this import created, as the HTTP import reports them: they are
    /// created (staff merge them or mark them distinct), but never silently.
    /// </summary>
    private static async Task ReportDuplicatesAsync(CliContext context, IDocumentStore store, IReadOnlyCollection<string> created, StreamWriter? report, CancellationToken ct)
    {
        var duplicates = await DuplicateFinder.FindAsync(store, created, ct);
        for (var i = 0; i < duplicates.Count; i++)
        {
            var duplicate = duplicates[i];
            if (report is not null)
            {
                await report.WriteLineAsync(JsonSerializer.Serialize(new { probableDuplicate = duplicate }, RecordJson.Options));
            }

            if (!context.Json && i < DuplicatesShown)
            {
                await context.Err.WriteLineAsync($"probable duplicate: {duplicate.ExpertId} of {duplicate.DuplicateOf} (score {duplicate.Score:0.00}; {string.Join(", ", duplicate.Fields)} agree)");
            }
        }

        if (context.Json)
        {
            context.WriteJson(new { probableDuplicates = duplicates });
        }
        else if (duplicates.Count > 0)
        {
            var hidden = duplicates.Count - DuplicatesShown;
            var rest = hidden <= 0 ? "" : report is null ? $" ({hidden:N0} not listed here; --report FILE keeps them all)" : $" ({hidden:N0} not listed here; all are in the report)";
            await context.Err.WriteLineAsync($"{duplicates.Count:N0} probable duplicate(s) created{rest}; review them with GET /api/profiles/{{id}}/duplicates");
        }
    }

    /// <summary>Every named file is readable and of a known format before the store is opened, so a typo changes nothing.</summary>
    private static void CheckInputs(FileInfo[] files, FileInfo? report)
    {
        foreach (var file in files)
        {
            InputFiles.RequireFile(file);
            FormatOf(file.Name);
        }

        if (report is not null)
        {
            InputFiles.RequireFolderOf(report);
        }
    }

    private static ImportFormat FormatOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".csv" => ImportFormat.Csv,
        ".jsonl" or ".ndjson" or ".json" => ImportFormat.JsonLines,
        var other => throw new ImportFileException($"{name}: cannot tell the format from \"{other}\"; use .jsonl or .csv"),
    };
}
