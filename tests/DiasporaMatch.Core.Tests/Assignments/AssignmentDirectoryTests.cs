using DiasporaMatch.Access;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Assignments;

public sealed class AssignmentDirectoryTests : IAsyncLifetime
{
    private readonly TestWorkspace _test = new();

    private AssignmentDirectory Directory => new(_test.Workspace.Store);

    public async Task InitializeAsync()
    {
        await AssignmentSeed.SeedAsync(_test.Workspace, experts: 2);
        await AssignmentSeed.SeedAsync(_test.Workspace, experts: 0, needId: "N-0002");
    }

    public async Task DisposeAsync() => await _test.DisposeAsync();

    [Fact]
    public async Task List_StaffWithOverlappingProposal_FlagsTheConflictBothWays()
    {
        var first = await AssignmentSeed.WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed, "2027-03-01", "2027-03-20");
        var second = await AssignmentSeed.WalkAsync(_test.Workspace, "E-0001", AssignmentState.Confirmed, "2027-03-15", "2027-04-10", needId: "N-0002");
        var apart = await AssignmentSeed.WalkAsync(_test.Workspace, "E-0002", AssignmentState.Proposed, "2027-03-15", "2027-04-10", needId: "N-0002");

        var listings = (await Directory.ListAsync(AssignmentSeed.Staff, null, null)).ToDictionary(l => l.Assignment.Id);

        Assert.Equal(new[] { second }, listings[first].Conflicts);
        Assert.Equal(new[] { first }, listings[second].Conflicts);
        Assert.Empty(listings[apart].Conflicts);
    }

    [Fact]
    public async Task List_ShortlistedNeighbour_HoldsNoDatesSoConflictsWithNobody()
    {
        var shortlisted = await AssignmentSeed.WalkAsync(_test.Workspace, "E-0001", AssignmentState.Shortlisted);
        var proposed = await AssignmentSeed.WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed, needId: "N-0002");

        var listings = (await Directory.ListAsync(AssignmentSeed.Staff, null, null)).ToDictionary(l => l.Assignment.Id);

        Assert.Equal(new[] { proposed }, listings[shortlisted].Conflicts);
        Assert.Empty(listings[proposed].Conflicts);
    }

    [Fact]
    public async Task List_Expert_SeesOnlyOwnAndNoConflictIds()
    {
        var own = await AssignmentSeed.WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);
        await AssignmentSeed.WalkAsync(_test.Workspace, "E-0002", AssignmentState.Proposed);
        await AssignmentSeed.WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed, needId: "N-0002");

        var listings = await Directory.ListAsync(AssignmentSeed.Expert("E-0001"), "N-0001", null);

        var only = Assert.Single(listings);
        Assert.Equal(own, only.Assignment.Id);
        Assert.Empty(only.Conflicts);
    }

    [Fact]
    public async Task List_OtherOrganisation_SeesNothing()
    {
        await AssignmentSeed.WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);
        Assert.Empty(await Directory.ListAsync(new Caller(Role.Institution, "U-9", "ORG-OTHER"), null, null));
        Assert.Single(await Directory.ListAsync(AssignmentSeed.Institution, null, null));
    }
}
