using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;

namespace DiasporaMatch.Cli.Commands;

/// <summary>`dmatch match` beside a running host that holds the data folder: read-only, the server's own ranking.</summary>
[Collection(BesideSampleHost.Name)]
public sealed class MatchCommandTests(SampleHostFixture sample)
{
    [Theory]
    [InlineData("bm25")]
    [InlineData("baseline")]
    [InlineData("model")]
    public async Task Match_BesideRunningHost_EqualsTheServersRankingAndChangesNoFile(string ranker)
    {
        var served = await sample.GetAsync($"/api/needs/N-0001/matches?top=10&ranker={ranker}");
        var before = sample.Snapshot();

        var (code, output, error) = await sample.Cli.RunAsync("match", "--need", "N-0001", "--top", "10", "--ranker", ranker, "--json");

        Assert.True(code == ExitCodes.Success, error);
        Assert.DoesNotContain("behind", error, StringComparison.Ordinal); // the host indexes every write before it answers
        var listed = JsonDocument.Parse(output).RootElement;
        Assert.Equal(10, SampleHostFixture.Ranking(listed, "expertId").Count);
        Assert.Equal(SampleHostFixture.Ranking(served, "expertId"), SampleHostFixture.Ranking(listed, "expertId"));
        Assert.Equal(before, sample.Snapshot());
    }
}
