using System.CommandLine;
using DiasporaMatch.Needs;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.Reference;

namespace DiasporaMatch.Cli.Commands;

/// <summary><c>dmatch demo</c>: loads the bundled sample into the data folder and shows what it holds.</summary>
public static class DemoCommand
{
    private static readonly string[] DemoNeeds = ["N-0001", "N-0002", "N-0003"];

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

            using var service = await workspace.OpenMatchServiceAsync(ct);
            await service.Indexer.CatchUpAsync(ct);
            var model = service.Models?.CurrentVersion();
            await output.WriteLineAsync(model is null ? "Ranking with the baseline (no model)." : $"Ranking with model {model}; reasons come from its feature contributions.");
            foreach (var needId in DemoNeeds)
            {
                var need = await workspace.Store.GetAsync(RecordKind.Needs, needId, ct);
                if (need is null)
                {
                    continue;
                }

                var results = await service.MatchAsync(need, 5, RankerNames.Model, fresh: false, ct);

                await output.WriteLineAsync();
                await output.WriteLineAsync($"{needId}: {RecordTypes.Read<Need>(need.Json).Title}");
                foreach (var result in results)
                {
                    await output.WriteLineAsync($"  {result.Rank}. {result.ExpertId}  {result.Score:0.00}  {string.Join("; ", result.Reasons)}");
                }
            }

            // A command that works as printed: dmatch when installed on PATH, else this build's dll through dotnet.
            var dmatch = DmatchInvocation.Command();
            await output.WriteLineAsync();
            await output.WriteLineAsync($"Next, the same ranking for one need (match ranks with the {RankerNames.Baseline} ranker unless --ranker {RankerNames.Model} is given):");
            await output.WriteLineAsync($"  {dmatch} match --need {DemoNeeds[0]} --ranker {RankerNames.Model} --data {DmatchInvocation.Quote(workspace.Root)}");
            if (dmatch != "dmatch")
            {
                await output.WriteLineAsync("  (tools/install-dmatch.sh puts dmatch on PATH)");
            }

            return code;
        });
        return command;
    }
}
