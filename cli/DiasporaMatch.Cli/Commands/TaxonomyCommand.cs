using System.CommandLine;
using System.Text.Json;
using DiasporaMatch.Records;
using DiasporaMatch.Search;
using DiasporaMatch.Storage;
using DiasporaMatch.Taxonomy;

namespace DiasporaMatch.Cli.Commands;

/// <summary>
/// <c>dmatch taxonomy import --esco DIR</c> and <c>dmatch taxonomy resolve TEXT | --batch FILE.tsv</c>.
/// </summary>
public static class TaxonomyCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("taxonomy", "Import ESCO and resolve phrases to concepts") { Import(output, error), Resolve(output, error) };

    private static Command Import(TextWriter output, TextWriter error)
    {
        var esco = new Option<DirectoryInfo>("--esco") { Required = true, Description = "Folder with ESCO CSV files (skills_<lang>.csv, occupations_<lang>.csv, relations)" };
        var command = new Command("import", "Import the ESCO CSV download (any subset of languages) as this data folder's taxonomy") { esco };
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            var folder = parse.GetValue(esco)!;
            InputFiles.RequireFolder(folder);

            try
            {
                var result = TaxonomyLoader.ImportInto(Path.GetFullPath(context.DataFolder), folder.FullName);
                var report = result.Report;
                if (context.Json)
                {
                    context.WriteJson(new { report.ConceptsByKind, report.BroaderLinks, report.SkillLinks, report.Languages, warnings = report.Warnings.Count, seconds = report.Elapsed.TotalSeconds });
                }
                else
                {
                    await output.WriteLineAsync($"Imported {string.Join(", ", report.ConceptsByKind.Select(kv => $"{kv.Value:N0} {kv.Key}"))}; {report.BroaderLinks:N0} broader links, {report.SkillLinks:N0} occupation-skill links; languages {string.Join(", ", report.Languages)} ({report.Elapsed.TotalSeconds:N1} s).");
                    foreach (var warning in report.Warnings.Take(20))
                    {
                        await error.WriteLineAsync($"warning: {warning}");
                    }
                }

                await ResolveAgainAsync(context, ct);
                return ExitCodes.Success;
            }
            catch (TaxonomyImportException ex)
            {
                await error.WriteLineAsync($"dmatch: {ex.Message}");
                return ExitCodes.InvalidInput;
            }
        });
        return command;
    }

    /// <summary>
    /// Records indexed with the previous taxonomy are resolved again with this one before the command returns, so
    /// matching never compares concepts of two taxonomies; a folder without an index has nothing to resolve yet.
    /// </summary>
    private static async Task ResolveAgainAsync(CliContext context, CancellationToken ct)
    {
        try
        {
            await using var workspace = context.OpenWorkspace();
            if (!SearchIndexes.Exists(workspace.IndexFolder))
            {
                return;
            }

            var report = await workspace.CatchUpIndexAsync(null, ct);
            if (context.Json)
            {
                context.WriteJson(new { indexed = report.Indexed, report.Unreadable });
            }
            else if (report.Indexed > 0)
            {
                await context.Err.WriteLineAsync($"searchable: {report.Indexed:N0} records resolved again with this taxonomy");
            }
        }
        catch (StoreBusyException)
        {
            await context.Err.WriteLineAsync("dmatch: another process writes the data folder; it resolves its records with this taxonomy when it next starts (restart `dmatch serve`)");
        }
    }

    private static Command Resolve(TextWriter output, TextWriter error)
    {
        var text = new Argument<string?>("TEXT") { Arity = ArgumentArity.ZeroOrOne, Description = "A skill or occupation phrase, in any supported language" };
        var batch = new Option<FileInfo?>("--batch") { Description = "TSV file, one query per line: id<TAB>text; JSONL out" };
        var kind = new Option<string?>("--kind") { Description = "skill or occupation" };
        kind.AcceptOnlyFromAmong("skill", "occupation");
        var lang = new Option<string?>("--lang") { Description = "Language of the phrase (en, fr, nl, ar…); default: any" };
        var top = CliOptions.Number("--top", 5, 1, 100, "How many concepts");
        var command = new Command("resolve", "Best concepts for a phrase") { text, batch, kind, lang, top };
        command.Validators.Add(r =>
        {
            if (CliOptions.TryGetValue(r, batch, out var batchFile) && (r.GetValue(text) is null) == (batchFile is null))
            {
                r.AddError("give exactly one of TEXT or --batch FILE");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            if (parse.GetValue(batch) is { } batchFile)
            {
                InputFiles.RequireFile(batchFile);
            }

            await using var workspace = context.OpenWorkspace();
            var conceptKind = parse.GetValue(kind) switch { "skill" => ConceptKind.Skill, "occupation" => ConceptKind.Occupation, _ => (ConceptKind?)null };
            var resolver = workspace.Resolver;
            IReadOnlyList<object> Run(string phrase) =>
                [.. resolver.Resolve(phrase, conceptKind, parse.GetValue(lang), parse.GetValue(top)).Select(m => new { m.Uri, label = workspace.Taxonomy.Find(m.Uri)?.Label(m.Language) ?? m.Label, score = Math.Round(m.Score, 4) })];

            if (parse.GetValue(batch) is { } file)
            {
                using var reader = new StreamReader(file.FullName);
                var line = 0;
                while (await reader.ReadLineAsync(ct) is { } row)
                {
                    line++;
                    var tab = row.IndexOf('\t', StringComparison.Ordinal);
                    if (row.Length == 0)
                    {
                        continue;
                    }

                    if (tab < 0)
                    {
                        await error.WriteLineAsync($"{file.Name}:{line}: expected id<TAB>text");
                        return ExitCodes.InvalidInput;
                    }

                    await output.WriteLineAsync(JsonSerializer.Serialize(new { id = row[..tab], results = Run(row[(tab + 1)..]) }, RecordJson.Options));
                }

                return ExitCodes.Success;
            }

            var results = Run(parse.GetValue(text)!);
            if (context.Json)
            {
                context.WriteJson(results);
            }
            else
            {
                foreach (var match in resolver.Resolve(parse.GetValue(text)!, conceptKind, parse.GetValue(lang), parse.GetValue(top)))
                {
                    await output.WriteLineAsync($"{match.Score,6:0.000}  {workspace.Taxonomy.Find(match.Uri)?.Label(match.Language) ?? match.Label}  <{match.Uri}>");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
