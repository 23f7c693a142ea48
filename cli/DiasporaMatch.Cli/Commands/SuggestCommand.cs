using System.CommandLine;
using DiasporaMatch.Ranking;
using DiasporaMatch.Search;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Cli.Commands;

/// <summary>
/// <c>dmatch recommend --expert ID</c> (open needs for an expert) and <c>dmatch invest --expert ID</c>
/// (open opportunities for an investor): the same command over two directions of matching.
/// </summary>
public static class SuggestCommand
{
    public static Command Recommend(TextWriter output, TextWriter error) =>
        Create("recommend", "Open needs recommended to an expert", "needs", (service, id, top, ct) => service.RecommendAsync(id, top, ct), output, error);

    public static Command Invest(TextWriter output, TextWriter error) =>
        Create("invest", "Open investment opportunities for an investor", "opportunities", (service, id, top, ct) => service.InvestAsync(id, top, ct), output, error);

    private static Command Create(
        string name,
        string description,
        string noun,
        Func<MatchService, string, int, CancellationToken, Task<IReadOnlyList<Suggestion>?>> suggest,
        TextWriter output,
        TextWriter error)
    {
        var expert = new Option<string>("--expert") { Required = true, Description = "Expert (profile) id" };
        var top = MatchCommand.TopOption();
        var command = new Command(name, description) { expert, top };
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            var expertId = parse.GetValue(expert)!;
            if (!TextChecks.IsValidId(expertId))
            {
                await error.WriteLineAsync($"dmatch: {TextChecks.CheckId(expertId)}");
                return ExitCodes.InvalidInput;
            }

            await using var workspace = context.OpenWorkspace();
            using var service = await MatchService.OpenAsync(workspace, ct);
            var results = await suggest(service, expertId, parse.GetValue(top), ct);
            if (results is null)
            {
                await error.WriteLineAsync($"dmatch: profiles/{expertId} does not exist");
                return ExitCodes.InvalidInput;
            }

            await SuggestionWriter.WriteAsync(context, expertId, noun, results);
            return ExitCodes.Success;
        });
        return command;
    }
}
