using System.CommandLine;
using System.Text.Json;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Cli.Commands;

/// <summary><c>dmatch match --need ID | --all-needs [--top N] [--ranker R]</c>: ranked experts with reasons.</summary>
public static class MatchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var need = new Option<string?>("--need") { Description = "Need id" };
        var allNeeds = new Option<bool>("--all-needs") { Description = "Every need; with --json one JSON line per need" };
        var top = TopOption();
        var ranker = RankerOption();
        var command = new Command("match", $"Ranked experts for a need (ranker: {RankerNames.Baseline} unless --ranker says otherwise)") { need, allNeeds, top, ranker };
        command.Validators.Add(r =>
        {
            if (CliOptions.TryGetValue(r, need, out var needId) && CliOptions.TryGetValue(r, allNeeds, out var all) && (needId is null) == !all)
            {
                r.AddError("give exactly one of --need ID or --all-needs");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            var rankerName = parse.GetValue(ranker)!;
            var needId = parse.GetValue(need);
            if (needId is not null && !TextChecks.IsValidId(needId))
            {
                await error.WriteLineAsync($"dmatch: {TextChecks.CheckId(needId)}");
                return ExitCodes.InvalidInput;
            }

            await using var session = await context.OpenQueryAsync(ct);
            var (workspace, service) = (session.Workspace, session.Service);
            if (rankerName == RankerNames.Model)
            {
                if (service.Models?.Current() is { } model)
                {
                    await error.WriteLineAsync($"dmatch: ranking with model {model.Manifest.Version}");
                }
                else
                {
                    await error.WriteLineAsync("dmatch: no trained model yet; using the baseline ranker");
                    rankerName = RankerNames.Baseline;
                }
            }

            if (needId is not null)
            {
                var results = await service.MatchAsync(needId, parse.GetValue(top), rankerName, ct);
                if (results is null)
                {
                    await error.WriteLineAsync($"dmatch: needs/{needId} does not exist");
                    return ExitCodes.InvalidInput;
                }

                await WriteAsync(context, needId, rankerName, results);
                return ExitCodes.Success;
            }

            string? cursor = null;
            do
            {
                var page = await workspace.Store.ListAsync(RecordKind.Needs, cursor, 1000, ct);
                foreach (var id in page.Ids)
                {
                    var results = await service.MatchAsync(id, parse.GetValue(top), rankerName, ct);
                    if (results is not null)
                    {
                        await WriteAsync(context, id, rankerName, results);
                    }
                }

                cursor = page.NextCursor;
            }
            while (cursor is not null);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static Option<int> TopOption() => CliOptions.Number("--top", 10, 1, 1000, "How many results");

    /// <summary>The baseline by default: it needs no trained model; <c>model</c> falls back to it (and says so) when none exists.</summary>
    internal static Option<string> RankerOption()
    {
        var ranker = new Option<string>("--ranker")
        {
            DefaultValueFactory = _ => RankerNames.Baseline,
            Description = $"{RankerNames.Bm25}, {RankerNames.Baseline} or {RankerNames.Model} ({RankerNames.Model} falls back to {RankerNames.Baseline} when no model is trained)",
        };
        ranker.AcceptOnlyFromAmong(RankerNames.Bm25, RankerNames.Baseline, RankerNames.Model);
        return ranker;
    }

    private static async Task WriteAsync(CliContext context, string needId, string ranker, IReadOnlyList<MatchResult> results)
    {
        if (context.Json)
        {
            var line = new
            {
                needId,
                ranker,
                results = results.Select(r => new { rank = r.Rank, expertId = r.ExpertId, score = Math.Round(r.Score, 4), eligible = r.Eligible, reasons = r.Reasons }),
            };
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(line, RecordJson.Options));
            return;
        }

        await context.Out.WriteLineAsync($"{needId} ({ranker}): {results.Count} experts");
        foreach (var r in results)
        {
            await context.Out.WriteLineAsync($"{r.Rank,4}. {r.ExpertId,-20} {r.Score,8:0.000}  {string.Join("; ", r.Reasons)}");
        }
    }
}
