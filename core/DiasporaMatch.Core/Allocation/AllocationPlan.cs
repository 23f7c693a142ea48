namespace DiasporaMatch.Allocation;

/// <summary>
/// The chosen rows, their total quality (<see cref="AllocationSolver"/>'s integer objective) and total score,
/// whether the solver proved it optimal (false: its time limit was hit and this is the best plan found), and
/// what stays unfilled and why.
/// </summary>
public sealed record AllocationPlan(IReadOnlyList<AllocationRow> Rows, long Quality, double TotalScore, bool Optimal, IReadOnlyList<UnfilledNeed> Unfilled);
