using System.CommandLine;
using DiasporaMatch.Sample;

namespace DiasporaMatch.Cli.Commands;

/// <summary><c>dmatch sample --out DIR [--experts N] [--seed S]</c>: regenerates the sample data set.</summary>
public static class SampleCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Option<DirectoryInfo>("--out") { Required = true, Description = "Folder for the JSONL files (data/sample in the repository)" };
        var experts = CliOptions.Number("--experts", 2000, 1, 1_000_000, "Experts to generate");
        var needs = CliOptions.Number("--needs", 200, 1, 100_000, "Needs to generate");
        var seed = CliOptions.Number("--seed", new SampleOptions().Seed, 0, int.MaxValue, "Random seed (same seed, same data)");
        var command = new Command("sample", "Generate the seeded sample data set from the taxonomy") { folder, experts, needs, seed };
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
            InputFiles.RequireWritableFolder(parse.GetValue(folder)!);
            await using var workspace = context.OpenWorkspace();
            var options = new SampleOptions { Seed = parse.GetValue(seed), Experts = parse.GetValue(experts), Needs = parse.GetValue(needs) };
            var data = new SampleGenerator(SampleVocabulary.From(workspace.Taxonomy), options).Generate();
            var counts = SampleWriter.Write(data, parse.GetValue(folder)!.FullName);
            foreach (var (kind, count) in counts)
            {
                await error.WriteLineAsync($"{kind,-14} {count,6:N0}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
