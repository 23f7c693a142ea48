using System.CommandLine;
using DiasporaMatch.Records;
using DiasporaMatch.Reference;

namespace DiasporaMatch.Cli.Commands;

/// <summary><c>dmatch demo</c>: loads the bundled sample into the data folder and shows what it holds.</summary>
public static class DemoCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("demo", "Load the bundled sample data and show what the service holds");
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            await using var workspace = context.OpenWorkspace();
            var files = RecordKind.All
                .Select(kind => new FileInfo(Path.Combine(DataPaths.SampleFolder, kind + ".jsonl")))
                .Where(f => f.Exists)
                .ToList();
            if (files.Count == 0)
            {
                await error.WriteLineAsync($"dmatch: no sample data in {DataPaths.SampleFolder}");
                return ExitCodes.InvalidInput;
            }

            var code = await ImportCommand.RunAsync(context, workspace, files, kind: null, reportFile: null, ct);
            await output.WriteLineAsync($"Data folder: {workspace.Root}");
            foreach (var kind in RecordKind.All)
            {
                var count = 0;
                string? cursor = null;
                do
                {
                    var page = await workspace.Store.ListAsync(kind, cursor, 1000, ct);
                    count += page.Ids.Count;
                    cursor = page.NextCursor;
                }
                while (cursor is not null);
                await output.WriteLineAsync($"  {kind,-14} {count,6:N0}");
            }

            return code;
        });
        return command;
    }
}
