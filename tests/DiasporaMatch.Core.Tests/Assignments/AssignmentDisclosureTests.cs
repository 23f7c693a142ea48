using DiasporaMatch.Access;
using DiasporaMatch.TestSupport;
using static DiasporaMatch.Assignments.AssignmentState;

namespace DiasporaMatch.Assignments;

/// <summary>What each party sees of an assignment: the institution a per-need pseudonym until the expert accepts; nobody but staff sees who moved it.</summary>
public sealed class AssignmentDisclosureTests : IAsyncLifetime
{
    private const string Key = "pseudonym-key-pseudonym-key-pseudonym-key";
    private readonly TestWorkspace _test = new();

    public async Task InitializeAsync() => await AssignmentSeed.SeedAsync(_test.Workspace, experts: 1);

    public async Task DisposeAsync() => await _test.DisposeAsync();

    [Theory]
    [InlineData(Shortlisted, false)]
    [InlineData(Proposed, false)]
    [InlineData(Accepted, true)]
    [InlineData(Confirmed, true)]
    [InlineData(Approved, true)]
    [InlineData(Completed, true)]
    public async Task For_Institution_SeesPseudonymUntilTheExpertAccepts(AssignmentState state, bool revealed)
    {
        var expert = AssignmentSeed.ExpertId(1);
        var assignment = (await _test.Workspace.Assignments.GetAsync(await AssignmentSeed.WalkAsync(_test.Workspace, expert, state))).Assignment!;

        var shown = AssignmentDisclosure.For(AssignmentSeed.Institution, assignment, Key);
        var contact = await AssignmentDisclosure.ContactAsync(_test.Workspace.Store, AssignmentSeed.Institution, assignment);

        Assert.Equal(revealed ? expert : AccessPolicy.Pseudonym(Key, "N-0001", expert), shown.ExpertId);
        Assert.Equal(revealed ? new ExpertContact("Nadia El Amrani", "nadia@example.org") : null, contact);
        Assert.Equal(assignment.History.Select(t => t.ByRole), shown.History.Select(t => t.By)); // roles, not U-1 or STAFF-1
        Assert.All(shown.Ratings, r => Assert.Equal(r.ByRole, r.By));
    }

    [Fact]
    public async Task For_ExpertAndStaff_SeeTheExpertButOnlyStaffSeeWhoMovedIt()
    {
        var expert = AssignmentSeed.ExpertId(1);
        var assignment = (await _test.Workspace.Assignments.GetAsync(await AssignmentSeed.WalkAsync(_test.Workspace, expert, Proposed))).Assignment!;

        var toExpert = AssignmentDisclosure.For(AssignmentSeed.Expert(expert), assignment, Key);
        var toStaff = AssignmentDisclosure.For(AssignmentSeed.Staff, assignment, Key);

        Assert.Equal(expert, toExpert.ExpertId);
        Assert.Equal(["staff", "staff"], toExpert.History.Select(t => t.By));
        Assert.Equal(["STAFF-1", "STAFF-1"], toStaff.History.Select(t => t.By));
        Assert.Null(await AssignmentDisclosure.ContactAsync(_test.Workspace.Store, AssignmentSeed.Expert(expert), assignment));
        Assert.Null(await AssignmentDisclosure.ContactAsync(_test.Workspace.Store, AssignmentSeed.Staff, assignment));
    }

    [Fact]
    public async Task For_CancelledAfterAcceptance_KeepsTheNameTheExpertGave()
    {
        var expert = AssignmentSeed.ExpertId(1);
        var id = await AssignmentSeed.WalkAsync(_test.Workspace, expert, Accepted);
        var cancelled = await _test.Workspace.Assignments.TransitionAsync(id, Cancelled, "budget cut", AssignmentSeed.Institution);

        Assert.Equal(expert, AssignmentDisclosure.For(AssignmentSeed.Institution, cancelled.Assignment!, Key).ExpertId);
    }

    [Fact]
    public void Pseudonym_OtherNeedOrKey_Differs()
    {
        var one = AccessPolicy.Pseudonym(Key, "N-1", "E-1");

        Assert.Equal(one, AccessPolicy.Pseudonym(Key, "N-1", "E-1"));
        Assert.NotEqual(one, AccessPolicy.Pseudonym(Key, "N-2", "E-1"));
        Assert.NotEqual(one, AccessPolicy.Pseudonym(Key + "x", "N-1", "E-1"));
        Assert.Matches("^candidate-[0-9a-f]{12}$", one);
    }
}
