using System.CommandLine;
using System.Text.Json;
using DiasporaMatch.Matching;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Records;
using DiasporaMatch.Search;
using DiasporaMatch.Training;

namespace DiasporaMatch.Cli.Commands;

/// <summary>
/// <c>dmatch train [--json] [--trainer lightgbm|fasttree] [--seed N] [--investment-decisions FILE]</c>: trains a
/// need model and an investor model (when there are investment decisions) and promotes each only if better.
/// </summary>
public static class TrainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var trainer = new Option<string>("--trainer") { DefaultValueFactory = _ => "lightgbm", Description = "lightgbm (LambdaRank) or fasttree" };
        trainer.AcceptOnlyFromAmong("lightgbm", "fasttree");
        var seed = CliOptions.Number("--seed", new TrainerOptions().Seed, 0, int.MaxValue, "Training seed (same data and seed, same model)");
        var investments = new Option<FileInfo?>("--investment-decisions")
        {
            Description = "JSONL of decisions on investor–opportunity pairs ({opportunityId, expertId, decision, at, by}) to log before training",
        };
        var command = new Command("train", "Train ranking models from decisions; promote each only if it beats the current one") { trainer, seed, investments };
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            if (parse.GetValue(investments) is { } decisionsFile)
            {
                InputFiles.RequireFile(decisionsFile);
            }

            await using var workspace = context.OpenWorkspace();
            using var service = await workspace.OpenMatchServiceAsync(ct);
            var options = new TrainerOptions
            {
                Algorithm = parse.GetValue(trainer) == "fasttree" ? RankingAlgorithm.FastTree : RankingAlgorithm.LightGbm,
                Seed = parse.GetValue(seed),
            };
            var registry = service.Models ?? workspace.Models;
            var investmentPipeline = new InvestmentLearningPipeline(service, registry.Investments, workspace.Time);
            var rejected = false;
            if (parse.GetValue(investments) is { } file)
            {
                var loaded = await LoadInvestmentDecisionsAsync(file, investmentPipeline, error, ct);
                if (loaded is null)
                {
                    return ExitCodes.InvalidInput;
                }

                rejected = loaded.Value;
            }

            var outcome = await RunAsync(workspace, service, options, error, ct);
            var investmentOutcome = await RunInvestmentsAsync(investmentPipeline, options, error, ct);
            if (outcome is null && investmentOutcome is null)
            {
                return ExitCodes.InvalidInput;
            }

            if (context.Json)
            {
                context.WriteJson(new
                {
                    promoted = outcome?.Promoted,
                    reason = outcome?.Reason,
                    current = outcome?.Current,
                    candidate = outcome?.Candidate,
                    investments = investmentOutcome is null ? null : new
                    {
                        promoted = investmentOutcome.Promoted,
                        reason = investmentOutcome.Reason,
                        current = investmentOutcome.Current,
                        candidate = investmentOutcome.Candidate,
                    },
                });
            }
            else
            {
                if (outcome is not null)
                {
                    await EvalCommand.WriteTableAsync(output, outcome.Candidate.Metrics);
                    await output.WriteLineAsync(outcome.Reason);
                    await output.WriteLineAsync($"Current model: {outcome.Current ?? "none"}");
                }

                if (investmentOutcome is not null)
                {
                    await output.WriteLineAsync();
                    await output.WriteLineAsync("Investors ↔ opportunities:");
                    await EvalCommand.WriteTableAsync(output, investmentOutcome.Candidate.Metrics);
                    await output.WriteLineAsync(investmentOutcome.Reason);
                    await output.WriteLineAsync($"Current investor model: {investmentOutcome.Current ?? "none"}");
                }
            }

            return rejected ? ExitCodes.InvalidInput : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Prepare the time split, train, maybe promote; null when there is nothing to learn from.</summary>
    internal static async Task<TrainingOutcome?> RunAsync(Hosting.Workspace workspace, MatchService service, TrainerOptions options, TextWriter error, CancellationToken ct)
    {
        var pipeline = new LearningPipeline(service, service.Models ?? workspace.Models, workspace.Time);
        await error.WriteLineAsync("Building training groups from decisions...");
        var data = await pipeline.PrepareAsync(cancellationToken: ct);
        if (data.WhyNotTrainable(options) is { } reason)
        {
            await error.WriteLineAsync($"dmatch: {reason}");
            return null;
        }

        var computed = data.Training.Pairs - data.Training.LoggedPairs;
        await error.WriteLineAsync(
            $"Training on {data.Training.Groups.Count:N0} needs / {data.Training.Pairs:N0} pairs ({data.Training.LoggedPairs:N0} with logged features, "
            + $"{computed:N0} computed now: no feature log for them); holdout {data.Holdout.Groups.Count:N0} needs from {data.Split.Cutoff:yyyy-MM-dd}.");
        return pipeline.Train(data, options);
    }

    private static async Task<TrainingOutcome?> RunInvestmentsAsync(InvestmentLearningPipeline pipeline, TrainerOptions options, TextWriter error, CancellationToken ct)
    {
        var data = await pipeline.PrepareAsync(cancellationToken: ct);
        if (data.WhyNotTrainable(options) is { } reason)
        {
            await error.WriteLineAsync($"dmatch: the investor model is unchanged, {reason}");
            return null;
        }

        await error.WriteLineAsync(
            $"Investor model: training on {data.Training.Groups.Count:N0} investors / {data.Training.Pairs:N0} pairs ({data.Training.LoggedPairs:N0} decided, with logged features); "
            + $"holdout {data.Holdout.Groups.Count:N0} investors from {data.Split.Cutoff:yyyy-MM-dd}.");
        return pipeline.Train(data, options);
    }

    /// <summary>Reads and logs the file's decisions; reports each bad line. Null when the file cannot be read, else whether any line was refused.</summary>
    private static async Task<bool?> LoadInvestmentDecisionsAsync(FileInfo file, InvestmentLearningPipeline pipeline, TextWriter error, CancellationToken ct)
    {
        if (!file.Exists)
        {
            await error.WriteLineAsync($"dmatch: {file.FullName} does not exist");
            return null;
        }

        var decisions = new List<InvestmentDecision>();
        var lines = new List<int>();
        var rejected = 0;
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(file.FullName, ct))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                decisions.Add(JsonSerializer.Deserialize<InvestmentDecision>(line, RecordJson.Options)!);
                lines.Add(number);
            }
            catch (JsonException e)
            {
                rejected++;
                await error.WriteLineAsync($"{file.Name}:{number}: {e.Message}");
            }
        }

        var errors = await pipeline.LogDecisionsAsync(decisions, ct);
        foreach (var (index, message) in errors)
        {
            await error.WriteLineAsync($"{file.Name}:{lines[index]}: {message}");
        }

        rejected += errors.Count;
        await error.WriteLineAsync($"Investment decisions: {decisions.Count - errors.Count:N0} logged (already logged ones skipped), {rejected:N0} refused.");
        return rejected > 0;
    }
}
