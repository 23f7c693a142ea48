using System.CommandLine;
using System.Globalization;
using System.Text;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Storage;
using DiasporaMatch.Training;

namespace DiasporaMatch.Cli.Commands;

/// <summary>
/// <c>dmatch eval [--json] [--report DIR]</c>: NDCG@1/3/10 of bm25, baseline and the current model on the
/// time-split holdout, then the same for investors ↔ opportunities (bm25, the hand-weighted scorer, the current
/// investor model) when investment decisions are logged.
/// </summary>
public static class EvalCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var report = new Option<DirectoryInfo?>("--report") { Description = "Folder to write eval.md, eval.json and the eval.png chart into" };
        var command = new Command("eval", "Report ranking quality (NDCG@k) of bm25, baseline and the current model on the holdout") { report };
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            if (parse.GetValue(report) is { } reportFolder)
            {
                InputFiles.RequireWritableFolder(reportFolder);
            }

            await using var session = await context.OpenQueryAsync(ct);
            var (workspace, service) = (session.Workspace, session.Service);
            var pipeline = new LearningPipeline(service, service.Models ?? workspace.Models, workspace.Time);
            var data = await pipeline.PrepareAsync(cancellationToken: ct);
            if (data.Holdout.Groups.Count == 0)
            {
                await error.WriteLineAsync("dmatch: no decisions to evaluate on");
                return ExitCodes.InvalidInput;
            }

            var evaluation = pipeline.Evaluate(data);
            var investmentPipeline = new InvestmentLearningPipeline(service, (service.Models ?? workspace.Models).Investments, workspace.Time);
            var investmentData = await investmentPipeline.PrepareAsync(cancellationToken: ct);
            var investments = investmentData.Holdout.Groups.Count == 0 ? null : investmentPipeline.Evaluate(investmentData);
            if (evaluation.ModelVersion is null)
            {
                await error.WriteLineAsync("dmatch: no trained model yet; reporting bm25 and baseline only");
            }

            // The need evaluation's fields stay at the top level (as before); the investor one is added beside them.
            var json = new { evaluation.Metrics, evaluation.ModelVersion, evaluation.HoldoutGroups, evaluation.HoldoutPairs, evaluation.Cutoff, Investments = investments };
            if (context.Json)
            {
                context.WriteJson(json);
            }
            else
            {
                await output.WriteLineAsync($"Holdout: {evaluation.HoldoutGroups:N0} needs, {evaluation.HoldoutPairs:N0} pairs, decisions from {evaluation.Cutoff:yyyy-MM-dd}; model {evaluation.ModelVersion ?? "none"}");
                await WriteTableAsync(output, evaluation.Metrics);
                await WriteInvestmentsAsync(output, investments);
            }

            if (parse.GetValue(report)?.FullName is { } folder)
            {
                PrivateFiles.CreateFolder(folder);
                var rows = evaluation.Metrics.Select(m => (m.Key, m.Value)).ToList();
                await PrivateFiles.WriteAllBytesAsync(Path.Combine(folder, "eval.png"), EvalChart.Render(rows), ct);
                var table = new StringWriter(CultureInfo.InvariantCulture);
                await WriteTableAsync(table, evaluation.Metrics);
                await WriteInvestmentsAsync(table, investments);
                var markdown = new StringBuilder()
                    .AppendLine("# Ranking evaluation")
                    .AppendLine()
                    .AppendLine(CultureInfo.InvariantCulture, $"Holdout: {evaluation.HoldoutGroups} needs, {evaluation.HoldoutPairs} pairs, decisions from {evaluation.Cutoff:yyyy-MM-dd}; model {evaluation.ModelVersion ?? "none"}.")
                    .AppendLine()
                    .AppendLine("```")
                    .Append(table)
                    .AppendLine("```")
                    .AppendLine()
                    .AppendLine("![NDCG by ranker](eval.png)")
                    .AppendLine()
                    .AppendLine("Chart: groups NDCG@1, @3, @10 left to right; bars in table order: grey bm25, blue baseline, orange model.");
                await PrivateFiles.WriteAllTextAsync(Path.Combine(folder, "eval.md"), markdown.ToString(), ct);
                await PrivateFiles.WriteAllTextAsync(Path.Combine(folder, "eval.json"), System.Text.Json.JsonSerializer.Serialize(json, Records.RecordJson.Indented), ct);
                await error.WriteLineAsync($"Report written to {Path.GetFullPath(folder)} (eval.md, eval.json, eval.png)");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task WriteInvestmentsAsync(TextWriter output, Evaluation? investments)
    {
        await output.WriteLineAsync();
        if (investments is null)
        {
            await output.WriteLineAsync("Investors ↔ opportunities: no investment decisions logged (dmatch train --investment-decisions FILE)");
            return;
        }

        await output.WriteLineAsync(
            $"Investors ↔ opportunities holdout: {investments.HoldoutGroups:N0} investors, {investments.HoldoutPairs:N0} pairs, decisions from {investments.Cutoff:yyyy-MM-dd}; "
            + $"investor model {investments.ModelVersion ?? "none"} (baseline: the hand-weighted scorer)");
        await WriteTableAsync(output, investments.Metrics);
    }

    internal static async Task WriteTableAsync(TextWriter output, IReadOnlyDictionary<string, NdcgScores> metrics)
    {
        await output.WriteLineAsync($"{"ranker",-10} {"NDCG@1",8} {"NDCG@3",8} {"NDCG@10",8}");
        foreach (var (name, scores) in metrics)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name,-10} {scores.At1,8:0.0000} {scores.At3,8:0.0000} {scores.At10,8:0.0000}"));
        }
    }
}
