namespace DiasporaMatch.Allocation;

/// <summary>
/// A plan with what staff judge it by: the problem it solved, greedy per-need's quality on the same problem, and
/// how concentrated the plan is over the experts in the candidate graph (their number, Gini of rows per expert, pool coverage).
/// </summary>
public sealed record AllocationReport(AllocationProblem Problem, AllocationPlan Plan, long GreedyQuality, int PoolSize, double Gini, double Coverage)
{
    /// <summary>The versions (by <c>kind/id</c>) of the documents applying the plan depends on, as read when planning.</summary>
    public IReadOnlyDictionary<string, string> Basis { get; init; } = new Dictionary<string, string>();

    /// <summary>skew@k of country of residence and (where declared) gender against the eligible pool.</summary>
    public IReadOnlyList<SkewRange> Skews { get; init; } = [];

    /// <summary>The quality cost of the exposure cap: the plan with no cap, at most 2 and at most 1 row per expert.</summary>
    public IReadOnlyList<CapCost> CapCosts { get; init; } = [];

    public static AllocationReport Of(AllocationProblem problem, AllocationPlan plan, AllocationOptions options)
    {
        var pool = problem.Candidates.Select(c => c.ExpertId).Distinct(StringComparer.Ordinal).ToList();
        return new AllocationReport(
            problem,
            plan,
            GreedyAllocation.Plan(problem, options).Quality,
            pool.Count,
            Math.Round(Exposure.Gini(plan, pool), 4),
            Math.Round(Exposure.Coverage(plan, pool), 4));
    }
}
