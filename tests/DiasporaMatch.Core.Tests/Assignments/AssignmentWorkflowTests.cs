using DiasporaMatch.Assignments;
using static DiasporaMatch.Assignments.AssignmentParty;
using static DiasporaMatch.Assignments.AssignmentState;

namespace DiasporaMatch.Assignments;

public sealed class AssignmentWorkflowTests
{
    [Theory]
    [InlineData(Shortlisted, Proposed, Staff)]
    [InlineData(Proposed, Accepted, Expert)]
    [InlineData(Proposed, Declined, Expert)]
    [InlineData(Accepted, Confirmed, Institution)]
    [InlineData(Accepted, Declined, Institution)]
    [InlineData(Confirmed, Approved, Staff)]
    [InlineData(Confirmed, Rejected, Staff)]
    [InlineData(Approved, InProgress, Staff)]
    [InlineData(InProgress, Completed, Staff)]
    public void Check_LegalMoveByItsParty_IsAllowed(AssignmentState from, AssignmentState to, AssignmentParty party)
    {
        Assert.Null(AssignmentWorkflow.Check(from, to, party));
        Assert.Equal(party, AssignmentWorkflow.MoversOf(from, to));
    }

    [Theory]
    [InlineData(Shortlisted)]
    [InlineData(Proposed)]
    [InlineData(Accepted)]
    [InlineData(Confirmed)]
    [InlineData(Approved)]
    [InlineData(InProgress)]
    public void Check_CancelFromOpenState_IsAllowedToStaffAndInstitutionOnly(AssignmentState from)
    {
        Assert.Null(AssignmentWorkflow.Check(from, Cancelled, Staff));
        Assert.Null(AssignmentWorkflow.Check(from, Cancelled, Institution));
        Assert.Equal(AssignmentOutcome.Forbidden, AssignmentWorkflow.Check(from, Cancelled, Expert)?.Outcome);
    }

    [Theory]
    [InlineData(Shortlisted, Approved)]
    [InlineData(Shortlisted, Accepted)]
    [InlineData(Proposed, Confirmed)]
    [InlineData(Proposed, Approved)]
    [InlineData(Accepted, Approved)]
    [InlineData(Confirmed, InProgress)]
    [InlineData(Confirmed, Completed)]
    [InlineData(Approved, Completed)]
    [InlineData(Approved, Rejected)]
    [InlineData(InProgress, Approved)]
    [InlineData(Declined, Proposed)]
    [InlineData(Rejected, Approved)]
    [InlineData(Completed, Cancelled)]
    [InlineData(Cancelled, Approved)]
    [InlineData(Cancelled, Cancelled)]
    public void Check_IllegalMove_IsRefusedForEveryone(AssignmentState from, AssignmentState to)
    {
        foreach (var party in new[] { Staff, Expert, Institution })
        {
            var refusal = AssignmentWorkflow.Check(from, to, party);
            Assert.Equal(AssignmentOutcome.IllegalTransition, refusal?.Outcome);
            Assert.Contains($"from {AssignmentWorkflow.Name(from)} to {AssignmentWorkflow.Name(to)}", refusal?.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Shortlisted, Proposed, Expert)]
    [InlineData(Shortlisted, Proposed, Institution)]
    [InlineData(Proposed, Accepted, Staff)]
    [InlineData(Proposed, Accepted, Institution)]
    [InlineData(Accepted, Confirmed, Expert)]
    [InlineData(Accepted, Confirmed, Staff)]
    [InlineData(Confirmed, Approved, Institution)]
    [InlineData(Confirmed, Approved, Expert)]
    [InlineData(InProgress, Completed, Institution)]
    public void Check_LegalMoveByWrongParty_IsForbiddenWithWhoMay(AssignmentState from, AssignmentState to, AssignmentParty party)
    {
        var refusal = AssignmentWorkflow.Check(from, to, party);
        Assert.Equal(AssignmentOutcome.Forbidden, refusal?.Outcome);
        Assert.StartsWith("only ", refusal?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_FinalStates_HaveNoMoves()
    {
        foreach (var state in Enum.GetValues<AssignmentState>().Where(AssignmentWorkflow.IsFinal))
        {
            Assert.Empty(AssignmentWorkflow.Next(state));
        }

        Assert.Equal([Declined, Rejected, Completed, Cancelled], Enum.GetValues<AssignmentState>().Where(AssignmentWorkflow.IsFinal));
    }

    [Fact]
    public void TryParse_EveryName_RoundTrips()
    {
        foreach (var state in Enum.GetValues<AssignmentState>())
        {
            Assert.True(AssignmentWorkflow.TryParse(AssignmentWorkflow.Name(state), out var parsed));
            Assert.Equal(state, parsed);
        }

        Assert.Equal("in-progress", AssignmentWorkflow.Name(InProgress));
        Assert.False(AssignmentWorkflow.TryParse("Approved", out _));
    }
}
