using DiasporaMatch.Allocation;

namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// A plan over many needs, kept under <see cref="Id"/> (apply it with <c>POST /api/allocation/plans/{id}/apply</c>): the rows, what stays unfilled and why, the total quality (and greedy per-need's beside
/// it), whether the solver proved it optimal, how concentrated it is (Gini of rows per expert, pool coverage), how
/// it represents the pool (skew@k of country of residence and declared gender) and what an exposure cap would cost.
/// </summary>
internal sealed record AllocationPlanResult(
    string Id,
    IReadOnlyList<AllocationRow> Rows,
    IReadOnlyList<UnfilledNeed> Unfilled,
    long Quality,
    long GreedyQuality,
    bool Optimal,
    double Gini,
    double Coverage,
    IReadOnlyList<SkewRange> Skews,
    IReadOnlyList<CapCost> CapCosts);
