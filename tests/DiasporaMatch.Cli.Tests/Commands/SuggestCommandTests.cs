using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Reference;

namespace DiasporaMatch.Cli.Commands;

/// <summary>
/// `recommend` and `invest` with `--ranker` over the imported sample, ranking with the bundled models, beside a
/// running host that holds the data folder (they read it, read-only).
/// </summary>
[Collection(BesideSampleHost.Name)]
public sealed class SuggestCommandTests(SampleHostFixture sample)
{
    // E-001438 invests in trade (sample investment decisions); E-000001 is an ordinary sample expert.
    private const string Investor = "E-001438";

    [Fact]
    public async Task Invest_RankerModel_RanksWithBundledInvestorModelAndSaysSo()
    {
        var bundled = new ModelRegistry(Path.Combine(sample.Cli.DataFolder, "none"), DataPaths.ModelsFolder).Investments.CurrentVersion();

        var (code, output, error) = await sample.Cli.RunAsync("invest", "--expert", Investor, "--ranker", "model", "--json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.NotNull(bundled);
        Assert.Contains($"ranking with model {bundled}", error, StringComparison.Ordinal);
        var body = JsonDocument.Parse(output).RootElement;
        Assert.Equal("model", body.GetProperty("ranker").GetString());
        Assert.True(body.GetProperty("results").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Invest_RankerBm25AndBaseline_PrintRankerInText()
    {
        var (bm25Code, bm25, _) = await sample.Cli.RunAsync("invest", "--expert", Investor, "--ranker", "bm25");
        var (baselineCode, baseline, _) = await sample.Cli.RunAsync("invest", "--expert", Investor);

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (bm25Code, baselineCode));
        Assert.StartsWith($"{Investor} (bm25): ", bm25, StringComparison.Ordinal);
        Assert.StartsWith($"{Investor} (baseline): ", baseline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recommend_RankerModel_RanksWithBundledNeedModel()
    {
        var bundled = new ModelRegistry(Path.Combine(sample.Cli.DataFolder, "none"), DataPaths.ModelsFolder).CurrentVersion();

        var (code, output, error) = await sample.Cli.RunAsync("recommend", "--expert", "E-000001", "--ranker", "model", "--json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"ranking with model {bundled}", error, StringComparison.Ordinal);
        Assert.Equal("model", JsonDocument.Parse(output).RootElement.GetProperty("ranker").GetString());
    }

    [Fact]
    public async Task Invest_UnknownRanker_IsAUsageError()
    {
        var (code, _, _) = await sample.Cli.RunAsync("invest", "--expert", Investor, "--ranker", "random");

        Assert.Equal(ExitCodes.Usage, code);
    }

    [Theory]
    [InlineData("recommend", "E-000001", "recommendations", "baseline")]
    [InlineData("recommend", "E-000001", "recommendations", "model")]
    [InlineData("invest", Investor, "opportunities", "baseline")]
    [InlineData("invest", Investor, "opportunities", "model")]
    public async Task Suggest_BesideRunningHost_EqualsTheServersRankingAndChangesNoFile(string command, string expertId, string route, string ranker)
    {
        var served = await sample.GetAsync($"/api/profiles/{expertId}/{route}?top=10&ranker={ranker}");
        var before = sample.Snapshot();

        var (code, output, error) = await sample.Cli.RunAsync(command, "--expert", expertId, "--top", "10", "--ranker", ranker, "--json");

        Assert.True(code == ExitCodes.Success, error);
        Assert.DoesNotContain("behind", error, StringComparison.Ordinal);
        var listed = JsonDocument.Parse(output).RootElement;
        Assert.NotEmpty(SampleHostFixture.Ranking(listed, "id"));
        Assert.Equal(SampleHostFixture.Ranking(served, "id"), SampleHostFixture.Ranking(listed, "id"));
        Assert.Equal(before, sample.Snapshot());
    }
}
