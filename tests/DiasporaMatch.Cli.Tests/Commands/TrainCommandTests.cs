using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Reference;
using DiasporaMatch.Sample;

namespace DiasporaMatch.Cli.Commands;

/// <summary>`train --investment-decisions` logs the good lines, reports the bad ones, trains the investor model; `eval` prints its table.</summary>
public sealed class TrainCommandTests(SampleCliFixture sample) : IClassFixture<SampleCliFixture>
{
    [Fact]
    public async Task Train_InvestmentDecisionsWithBadLine_ReportsItTrainsAndEvalPrintsInvestorTable()
    {
        var lines = (await File.ReadAllLinesAsync(Path.Combine(DataPaths.SampleFolder, SampleWriter.InvestmentDecisionsFile + ".jsonl"))).ToList();
        lines.Insert(2, """{"opportunityId":"O-9999","expertId":"E-001438","decision":"approved","at":"2026-01-01T00:00:00Z","by":"STAFF-01"}""");
        await File.WriteAllLinesAsync(sample.Cli.File("investments.jsonl"), lines);

        var (code, output, error) = await sample.Cli.RunAsync("train", "--investment-decisions", sample.Cli.File("investments.jsonl"));
        var (evalCode, eval, _) = await sample.Cli.RunAsync("eval");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("investments.jsonl:3: opportunityId: opportunities/O-9999 does not exist", error, StringComparison.Ordinal);
        Assert.Contains($"Investment decisions: {lines.Count - 1:N0} logged", error, StringComparison.Ordinal);
        Assert.Contains("Investors ↔ opportunities:", output, StringComparison.Ordinal);
        Assert.Contains("investor candidate NDCG@10", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, evalCode);
        Assert.Contains("Investors ↔ opportunities holdout:", eval, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^baseline\s+0\.\d{4}\s+0\.\d{4}\s+0\.\d{4}$", eval);
    }
}
