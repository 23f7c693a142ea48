using System.CommandLine;

namespace DiasporaMatch.Cli.Commands;

/// <summary><c>dmatch index rebuild</c>: rebuilds every index from the store.</summary>
public static class IndexCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rebuild = new Command("rebuild", "Rebuild the profile, need and opportunity indexes from the store");
        rebuild.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            await using var workspace = context.OpenWorkspace();
            using var service = await workspace.OpenMatchServiceAsync(ct);
            var report = await service.Indexer.RebuildAsync(ct);
            if (context.Json)
            {
                context.WriteJson(report);
            }
            else
            {
                await output.WriteLineAsync($"Indexed {report.Indexed:N0} documents ({report.Unreadable:N0} unreadable), cursor {report.Cursor}.");
            }

            return ExitCodes.Success;
        });
        return new Command("index", "Search index maintenance") { rebuild };
    }
}
