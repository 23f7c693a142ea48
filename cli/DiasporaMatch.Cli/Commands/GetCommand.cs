using System.CommandLine;
using System.Text;
using DiasporaMatch.Records;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Cli.Commands;

/// <summary><c>dmatch get KIND ID</c>: prints one stored record as JSON.</summary>
public static class GetCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var kind = new Argument<string>("KIND").AcceptOnlyFromAmong([.. RecordKind.All]);
        var id = new Argument<string>("ID");
        var command = new Command("get", "Print one record") { kind, id };
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            var recordId = parse.GetValue(id)!;
            if (!TextChecks.IsValidId(recordId))
            {
                await error.WriteLineAsync($"dmatch: {TextChecks.CheckId(recordId)}");
                return ExitCodes.InvalidInput;
            }

            await using var workspace = context.OpenReadOnlyWorkspace();
            var document = await workspace.Store.GetAsync(parse.GetValue(kind)!, recordId, ct);
            if (document is null)
            {
                await error.WriteLineAsync($"dmatch: {parse.GetValue(kind)}/{recordId} does not exist");
                return ExitCodes.InvalidInput;
            }

            await output.WriteLineAsync(Encoding.UTF8.GetString(document.Json.Span));
            return ExitCodes.Success;
        });
        return command;
    }
}
