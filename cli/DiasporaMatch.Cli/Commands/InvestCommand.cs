using System.CommandLine;
using DiasporaMatch.Search;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Cli.Commands;

/// <summary><c>dmatch invest --expert ID [--top N]</c>: Open investment opportunities for an investor.</summary>
public static class InvestCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var expert = new Option<string>("--expert") { Required = true, Description = "Expert (profile) id" };
        var top = MatchCommand.TopOption();
        var command = new Command("invest", "Open investment opportunities for an investor") { expert, top };
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
            var results = await service.InvestAsync(expertId, parse.GetValue(top), ct);
            if (results is null)
            {
                await error.WriteLineAsync($"dmatch: profiles/{expertId} does not exist");
                return ExitCodes.InvalidInput;
            }

            await SuggestionWriter.WriteAsync(context, expertId, "opportunities", results);
            return ExitCodes.Success;
        });
        return command;
    }
}
