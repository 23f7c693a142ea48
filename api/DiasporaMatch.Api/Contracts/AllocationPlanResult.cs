using DiasporaMatch.Allocation;

namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// A plan over many needs: the rows, what stays unfilled and why, the total quality (and greedy per-need's beside
/// it), whether the solver proved it optimal, and how concentrated it is (Gini of rows per expert, pool coverage).
/// </summary>
internal sealed record AllocationPlanResult(
    IReadOnlyList<AllocationRow> Rows,
    IReadOnlyList<UnfilledNeed> Unfilled,
    long Quality,
    long GreedyQuality,
    bool Optimal,
    double Gini,
    double Coverage);
