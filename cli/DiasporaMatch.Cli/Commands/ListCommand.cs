using System.CommandLine;
using DiasporaMatch.Records;

namespace DiasporaMatch.Cli.Commands;

/// <summary><c>dmatch list KIND [--limit N] [--cursor C]</c>: one id per line (JSON: the page).</summary>
public static class ListCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var kind = new Argument<string>("KIND").AcceptOnlyFromAmong([.. RecordKind.All]);
        var limit = CliOptions.Number("--limit", 100, 1, 1000, "Ids per page");
        var cursor = new Option<string?>("--cursor") { Description = "Continue after this id" };
        var command = new Command("list", "List record ids of a kind, in pages") { kind, limit, cursor };
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            await using var workspace = context.OpenReadOnlyWorkspace();
            var page = await workspace.Store.ListAsync(parse.GetValue(kind)!, parse.GetValue(cursor), parse.GetValue(limit), ct);
            if (context.Json)
            {
                context.WriteJson(page);
            }
            else
            {
                foreach (var id in page.Ids)
                {
                    await output.WriteLineAsync(id);
                }

                if (page.NextCursor is not null)
                {
                    await error.WriteLineAsync($"more: --cursor {page.NextCursor}");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
