using System.CommandLine;
using DiasporaMatch.Matching;
using DiasporaMatch.Ranking;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Cli.Commands;

/// <summary>
/// <c>dmatch recommend --expert ID</c> (open needs for an expert) and <c>dmatch invest --expert ID</c>
/// (open opportunities for an investor): the same command over two directions of matching. <c>--ranker model</c>
/// ranks needs with the current need model and opportunities with the current investor model, each falling back
/// to its baseline (and saying so) when none is trained or bundled.
/// </summary>
public static class SuggestCommand
{
    public static Command Recommend(TextWriter output, TextWriter error) =>
        Create("recommend", "Open needs recommended to an expert", "needs", service => service.Models?.Current(), (service, id, top, ranker, ct) => service.RecommendAsync(id, top, ranker, ct), output, error);

    public static Command Invest(TextWriter output, TextWriter error) =>
        Create("invest", "Open investment opportunities for an investor", "opportunities", service => service.Models?.Investments.Current(), (service, id, top, ranker, ct) => service.InvestAsync(id, top, ranker, ct), output, error);

    private static Command Create(
        string name,
        string description,
        string noun,
        Func<MatchService, Ranking.Learning.RankingModel?> currentModel,
        Func<MatchService, string, int, string, CancellationToken, Task<IReadOnlyList<Suggestion>?>> suggest,
        TextWriter output,
        TextWriter error)
    {
        var expert = new Option<string>("--expert") { Required = true, Description = "Expert (profile) id" };
        var top = MatchCommand.TopOption();
        var ranker = MatchCommand.RankerOption();
        var command = new Command(name, description) { expert, top, ranker };
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            var expertId = parse.GetValue(expert)!;
            if (!TextChecks.IsValidId(expertId))
            {
                await error.WriteLineAsync($"dmatch: {TextChecks.CheckId(expertId)}");
                return ExitCodes.InvalidInput;
            }

            await using var session = await context.OpenQueryAsync(ct);
            var service = session.Service;
            var rankerName = parse.GetValue(ranker)!;
            if (rankerName == RankerNames.Model)
            {
                if (currentModel(service) is { } model)
                {
                    await error.WriteLineAsync($"dmatch: ranking with model {model.Manifest.Version}");
                }
                else
                {
                    await error.WriteLineAsync("dmatch: no trained model yet; using the baseline ranker");
                    rankerName = RankerNames.Baseline;
                }
            }

            var results = await suggest(service, expertId, parse.GetValue(top), rankerName, ct);
            if (results is null)
            {
                await error.WriteLineAsync($"dmatch: profiles/{expertId} does not exist");
                return ExitCodes.InvalidInput;
            }

            await SuggestionWriter.WriteAsync(context, expertId, noun, rankerName, results);
            return ExitCodes.Success;
        });
        return command;
    }
}
