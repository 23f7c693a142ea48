namespace DiasporaMatch.Assignments;

/// <summary>
/// An assignment as the lists show it, with the ids of the expert's other live assignments whose dates overlap
/// (staff see them before approving; the booking ledger would refuse the approval anyway).
/// </summary>
public sealed record AssignmentListing(Assignment Assignment, IReadOnlyList<string> Conflicts);
