using DiasporaMatch.Decisions;
using DiasporaMatch.Ranking;
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
        await AssignmentSeed.SeedAsync(_test.Workspace, experts: 0);
        var service = await _test.Workspace.OpenMatchServiceAsync();
        Decision[] decisions = [new() { Id = "D-1", NeedId = "N-0001", ExpertId = "E-0404", Value = "shortlisted", At = _test.Clock.GetUtcNow(), By = "STAFF-1" }];

        var set = await new TrainingSetBuilder(service).BuildAsync(decisions, new AssignmentHistory(decisions), []);

        Assert.Empty(set.Groups);
    }

    [Fact]
    public async Task BuildAsync_DecidedExpertPresent_KeepsTheGroupWithTheDecision()
    {
        await AssignmentSeed.SeedAsync(_test.Workspace, experts: 1);
        var service = await _test.Workspace.OpenMatchServiceAsync();
        Decision[] decisions = [new() { Id = "D-1", NeedId = "N-0001", ExpertId = "E-0001", Value = "approved", At = _test.Clock.GetUtcNow(), By = "STAFF-1" }];

        var set = await new TrainingSetBuilder(service).BuildAsync(decisions, new AssignmentHistory(decisions), []);

        var item = Assert.Single(Assert.Single(set.Groups).Items);
        Assert.Equal(("E-0001", DecisionGrades.Of("approved")), (item.ItemId, item.Label));
    }
}
