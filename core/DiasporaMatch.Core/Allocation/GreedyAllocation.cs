namespace DiasporaMatch.Allocation;

/// <summary>
/// The reference a plan is compared with: needs taken one at a time in the order given (as staff work today),
/// each filled with its best candidates still free on its dates.
/// </summary>
public static class GreedyAllocation
{
    public static AllocationPlan Plan(AllocationProblem problem, AllocationOptions? options = null)
    {
        var graph = CandidateGraph.Of(problem);
        var chosen = new List<int>();
        var taken = new Dictionary<string, List<AllocationNeed>>(StringComparer.Ordinal);
        var pairsOf = Enumerable.Range(0, graph.Pairs.Count).ToLookup(i => graph.Pairs[i].NeedId, StringComparer.Ordinal);
        foreach (var need in problem.Needs)
        {
            var best = pairsOf[need.Id]
                .OrderByDescending(i => graph.Pairs[i].Score)
                .ThenBy(i => graph.Pairs[i].ExpertId, StringComparer.Ordinal);
            var filled = 0;
            foreach (var i in best)
            {
                var held = taken.TryGetValue(graph.Pairs[i].ExpertId, out var list) ? list : taken[graph.Pairs[i].ExpertId] = [];
                if (filled == need.Positions || held.Any(other => CandidateGraph.Overlaps(other, need)) || held.Count >= (options?.MaxPerExpert ?? int.MaxValue))
                {
                    continue;
                }

                held.Add(need);
                chosen.Add(i);
                filled++;
            }
        }

        return graph.PlanOf(chosen, optimal: false);
    }
}
