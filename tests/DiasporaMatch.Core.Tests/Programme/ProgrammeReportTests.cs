using DiasporaMatch.Assignments;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Programme;

public sealed class ProgrammeReportTests : IAsyncLifetime
{
    private readonly TestWorkspace _test = new();

    public async Task InitializeAsync() => await AssignmentSeed.SeedAsync(_test.Workspace, experts: 4, positions: 3);

    public async Task DisposeAsync() => await _test.DisposeAsync();

    [Fact]
    public async Task Build_EmptyProgramme_CountsNeedsAndHasNoTimeToMatch()
    {
        var dashboard = await new ProgrammeReport(_test.Workspace.Store, _test.Clock).BuildAsync();

        Assert.Equal((1, 1, 0), (dashboard.Needs, dashboard.OpenNeeds, dashboard.Assignments));
        Assert.Equal(new TimeToMatch(0, null, null), dashboard.TimeToMatch);
    }

    [Fact]
    public async Task Build_Assignments_CountsByStateRegionSectorAndMedianDaysToApproval()
    {
        await AssignmentSeed.WalkAsync(_test.Workspace, "E-0004", AssignmentState.Proposed, "2027-05-01", "2027-05-20");
        foreach (var (expert, days) in new[] { ("E-0001", 1), ("E-0002", 2), ("E-0003", 9) })
        {
            var id = await AssignmentSeed.WalkAsync(_test.Workspace, expert, AssignmentState.Confirmed);
            _test.Clock.Advance(TimeSpan.FromDays(days));
            Assert.True((await _test.Workspace.Assignments.TransitionAsync(id, AssignmentState.Approved, null, AssignmentSeed.Staff)).Succeeded);
        }

        var dashboard = await new ProgrammeReport(_test.Workspace.Store, _test.Clock).BuildAsync();

        // Each approval waits its own days after its shortlisting: 1, 2 and 9 days.
        Assert.Equal(4, dashboard.Assignments);
        Assert.Equal(new Dictionary<string, int> { ["approved"] = 3, ["proposed"] = 1 }, dashboard.AssignmentsByState);
        Assert.Equal(4, dashboard.AssignmentsByRegion["MA-01"]);
        Assert.Equal(4, dashboard.AssignmentsBySector["health"]);
        Assert.Equal(new TimeToMatch(3, 2, 4), dashboard.TimeToMatch);
    }
}
