using System.CommandLine;
using System.Text;
using DiasporaMatch.Programme;

namespace DiasporaMatch.Cli.Commands;

/// <summary>
/// <c>dmatch report --from D --to D [--by B] [--lang L] --out FILE.xlsx|.csv|.html</c>: the programme's indicators
/// of a period, as a spreadsheet (the period and breakdown in its header block or first sheet) or as the printable
/// one-page HTML report (headline figures, charts, table by the breakdown). It reads only.
/// </summary>
public static class ReportCommand
{
    private static readonly string[] Extensions = [".xlsx", ".csv", ".html"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var from = CliOptions.Date("--from", "The period's first day");
        from.Required = true;
        var to = CliOptions.Date("--to", "The period's last day");
        to.Required = true;
        var by = new Option<string>("--by") { Description = "How the indicators are split", DefaultValueFactory = _ => "total" };
        by.AcceptOnlyFromAmong([.. IndicatorBreakdowns.Names]);
        var lang = new Option<string>("--lang") { Description = "The language of the HTML report's words and charts", DefaultValueFactory = _ => ReportTexts.DefaultLanguage };
        lang.AcceptOnlyFromAmong([.. ReportTexts.Languages]);
        var outFile = new Option<FileInfo>("--out") { Description = "The file to write: .xlsx, .csv or .html", Required = true };
        var command = new Command("report", "Write the programme's indicators of a period as a spreadsheet or a printable one-page report") { from, to, by, lang, outFile };
        command.Validators.Add(r =>
        {
            if (CliOptions.TryGetValue(r, from, out var f) && CliOptions.TryGetValue(r, to, out var t) && f is { } first && t is { } last && last < first)
            {
                r.AddError("--to must not be before --from");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            var file = parse.GetValue(outFile)!;
            InputFiles.RequireFolderOf(file); // before the data folder is opened: a bad path changes nothing
            if (!Extensions.Contains(file.Extension.ToLowerInvariant(), StringComparer.Ordinal))
            {
                throw new CliInputException($"cannot write {file.FullName}: --out must end in .xlsx, .csv or .html");
            }

            var (first, last) = (parse.GetValue(from)!.Value, parse.GetValue(to)!.Value);
            if (!IndicatorBreakdowns.TryParse(parse.GetValue(by)!, out var breakdown))
            {
                throw new CliInputException($"--by must be one of {string.Join(", ", IndicatorBreakdowns.Names)}");
            }
            await using var workspace = context.OpenReadOnlyWorkspace();
            var report = new ProgrammeReport(workspace.Store, workspace.Time);
            var rows = await report.IndicatorsAsync(first, last, breakdown, ct);
            var extension = file.Extension.ToLowerInvariant();
            if (extension == ".html")
            {
                var total = await report.IndicatorsAsync(first, last, IndicatorBreakdown.Total, ct);
                var html = ProgrammeReportPage.Render(total, rows, first, last, breakdown, parse.GetValue(lang)!, workspace.Time.GetUtcNow(), workspace.Reference);
                await File.WriteAllTextAsync(file.FullName, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), ct);
            }
            else
            {
                var document = await new ProgrammeExports(workspace.Store, workspace.Time).BuildAsync(ExportKind.Indicators, first, last, breakdown, organisationId: null, ct);
                await using var stream = new FileStream(file.FullName, FileMode.Create, FileAccess.Write);
                if (extension == ".csv")
                {
                    ExportWriter.WriteCsv(document, stream);
                }
                else
                {
                    ExportWriter.WriteXlsx(document, stream);
                }
            }

            if (context.Json)
            {
                context.WriteJson(new { file = file.FullName, rows });
            }
            else
            {
                await output.WriteLineAsync($"{rows.Count} row(s) by {IndicatorBreakdowns.Name(breakdown)}, {first:yyyy-MM-dd} to {last:yyyy-MM-dd}: written to {file.FullName}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
