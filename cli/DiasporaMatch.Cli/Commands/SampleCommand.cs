using System.CommandLine;
using DiasporaMatch.Sample;

namespace DiasporaMatch.Cli.Commands;

/// <summary><c>dmatch sample --out DIR [--experts N] [--seed S]</c>: regenerates the sample data set.</summary>
public static class SampleCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Option<DirectoryInfo>("--out") { Required = true, Description = "Folder for the JSONL files (data/sample in the repository)" };
        var experts = new Option<int>("--experts") { DefaultValueFactory = _ => 2000 };
        var needs = new Option<int>("--needs") { DefaultValueFactory = _ => 200 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => new SampleOptions().Seed };
        var command = new Command("sample", "Generate the seeded sample data set from the taxonomy") { folder, experts, needs, seed };
        command.SetAction(async (parse, ct) =>
        {
            var context = new CliContext(parse, output, error);
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
