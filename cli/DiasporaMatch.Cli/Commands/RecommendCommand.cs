using System.CommandLine;
using DiasporaMatch.Search;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Cli.Commands;

/// <summary><c>dmatch recommend --expert ID [--top N]</c>: Open needs recommended to an expert.</summary>
public static class RecommendCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var expert = new Option<string>("--expert") { Required = true, Description = "Expert (profile) id" };
        var top = MatchCommand.TopOption();
        var command = new Command("recommend", "Open needs recommended to an expert") { expert, top };
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
            var results = await service.RecommendAsync(expertId, parse.GetValue(top), ct);
            if (results is null)
            {
                await error.WriteLineAsync($"dmatch: profiles/{expertId} does not exist");
                return ExitCodes.InvalidInput;
            }

            await SuggestionWriter.WriteAsync(context, expertId, "needs", results);
            return ExitCodes.Success;
        });
        return command;
    }
}
