using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli.Commands;

/// <summary>`dmatch eval` beside a running host that holds the data folder: it reads the store, the index and the feature log, and writes nothing there.</summary>
[Collection(BesideSampleHost.Name)]
public sealed class EvalCommandTests(SampleHostFixture sample)
{
    [Fact]
    public async Task Eval_BesideRunningHost_ReportsEveryRankerAndChangesNoFile()
    {
        var before = sample.Snapshot();

        var (code, output, error) = await sample.Cli.RunAsync("eval", "--json");

        Assert.True(code == ExitCodes.Success, error);
        var metrics = JsonDocument.Parse(output).RootElement.GetProperty("metrics");
        Assert.All(new[] { "bm25", "baseline", "model" }, ranker => Assert.InRange(metrics.GetProperty(ranker).GetProperty("at10").GetDouble(), 0.01, 1));
        Assert.Equal(before, sample.Snapshot());
    }
}
