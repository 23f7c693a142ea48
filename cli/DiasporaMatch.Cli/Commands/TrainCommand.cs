using System.CommandLine;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Search;

namespace DiasporaMatch.Cli.Commands;

/// <summary><c>dmatch train [--json] [--trainer lightgbm|fasttree] [--seed N]</c>: trains a candidate and promotes it only if better.</summary>
public static class TrainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var trainer = new Option<string>("--trainer") { DefaultValueFactory = _ => "lightgbm", Description = "lightgbm (LambdaRank) or fasttree" };
        trainer.AcceptOnlyFromAmong("lightgbm", "fasttree");
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => new TrainerOptions().Seed, Description = "Training seed (same data and seed, same model)" };
        var command = new Command("train", "Train a ranking model from decisions; promote it only if it beats the current one") { trainer, seed };
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            await using var workspace = context.OpenWorkspace();
            using var service = await MatchService.OpenAsync(workspace, ct);
            var outcome = await RunAsync(workspace, service, new TrainerOptions
            {
                Algorithm = parse.GetValue(trainer) == "fasttree" ? RankingAlgorithm.FastTree : RankingAlgorithm.LightGbm,
                Seed = parse.GetValue(seed),
            }, error, ct);
            if (outcome is null)
            {
                return ExitCodes.InvalidInput;
            }

            if (context.Json)
            {
                context.WriteJson(new { promoted = outcome.Promoted, reason = outcome.Reason, current = outcome.Current, candidate = outcome.Candidate });
            }
            else
            {
                await EvalCommand.WriteTableAsync(output, outcome.Candidate.Metrics);
                await output.WriteLineAsync(outcome.Reason);
                await output.WriteLineAsync($"Current model: {outcome.Current ?? "none"}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Shared with <c>demo</c>: prepare the time split, train, maybe promote; null when there is nothing to learn from.</summary>
    internal static async Task<TrainingOutcome?> RunAsync(Hosting.Workspace workspace, MatchService service, TrainerOptions options, TextWriter error, CancellationToken ct)
    {
        var pipeline = new LearningPipeline(service, service.Models ?? ModelRegistry.ForWorkspace(workspace), workspace.Time);
        await error.WriteLineAsync("Building training groups from decisions...");
        var data = await pipeline.PrepareAsync(cancellationToken: ct);
        if (data.Training.Groups.Count == 0)
        {
            await error.WriteLineAsync("dmatch: no decisions to learn from");
            return null;
        }

        var computed = data.Training.Pairs - data.Training.LoggedPairs;
        await error.WriteLineAsync(
            $"Training on {data.Training.Groups.Count:N0} needs / {data.Training.Pairs:N0} pairs ({data.Training.LoggedPairs:N0} with logged features, "
            + $"{computed:N0} computed now: no feature log for them); holdout {data.Holdout.Groups.Count:N0} needs from {data.Split.Cutoff:yyyy-MM-dd}.");
        return pipeline.Train(data, options);
    }
}
