using DiasporaMatch.Decisions;
using DiasporaMatch.Ranking;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Training;

public sealed class TrainingSetBuilderTests : IAsyncLifetime
{
    private readonly TestWorkspace _test = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _test.DisposeAsync();

    [Fact]
    public async Task BuildAsync_DecidedExpertGoneAndNobodyRetrieved_LeavesNoEmptyGroup()
    {
        var set = await BuildAsync(experts: 0, decidedExpert: "E-0404", "shortlisted");

        Assert.Empty(set.Groups);
    }

    [Fact]
    public async Task BuildAsync_DecidedExpertPresent_KeepsTheGroupWithTheDecision()
    {
        var set = await BuildAsync(experts: 1, decidedExpert: "E-0001", "approved");

        var item = Assert.Single(Assert.Single(set.Groups).Items);
        Assert.Equal(("E-0001", DecisionGrades.Of("approved")), (item.ItemId, item.Label));
    }

    /// <summary>Need N-0001 and <paramref name="experts"/> experts, one staff decision on <paramref name="decidedExpert"/>.</summary>
    private async Task<RankingSet> BuildAsync(int experts, string decidedExpert, string decision)
    {
        await AssignmentSeed.SeedAsync(_test.Workspace, experts);
        var service = await _test.Workspace.OpenMatchServiceAsync();
        Decision[] decisions = [new() { Id = "D-1", NeedId = "N-0001", ExpertId = decidedExpert, Value = decision, At = _test.Clock.GetUtcNow(), By = "STAFF-1" }];
        return await new TrainingSetBuilder(service).BuildAsync(decisions, new AssignmentHistory(decisions), []);
    }
}
