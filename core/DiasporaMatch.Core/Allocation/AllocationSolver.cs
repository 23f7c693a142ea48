using Google.OrTools.Sat;

namespace DiasporaMatch.Allocation;

/// <summary>
/// Plans many experts onto many needs at once with OR-Tools' CP-SAT: one yes/no per candidate pair; each need
/// takes at most its open positions; an expert takes at most one of any two needs whose windows overlap (and,
/// with fair exposure, at most <see cref="AllocationOptions.MaxPerExpert"/> rows); the total quality is maximised.
/// Pairs booked on overlapping dates or below a need's minimum are never offered to the solver. Staff's pins
/// (pairs that must be in) and excludes (pairs that must not) are constraints of the same model.
/// </summary>
public static class AllocationSolver
{
    public static AllocationPlan Solve(AllocationProblem problem, AllocationOptions? options = null) => Solve(problem, options, weight: null);

    /// <summary>The same plan with each pair valued by <paramref name="weight"/> (pairs valued 0 or less never chosen): the simulation's prices.</summary>
    internal static AllocationPlan Solve(AllocationProblem problem, AllocationOptions? options, Func<AllocationCandidate, long>? weight)
    {
        options ??= new AllocationOptions();
        var graph = CandidateGraph.Of(problem, weight);
        var index = Enumerable.Range(0, graph.Pairs.Count).ToDictionary(i => new AllocationPair(graph.Pairs[i].NeedId, graph.Pairs[i].ExpertId));
        CheckPins(graph, index, options);
        if (graph.Pairs.Count == 0)
        {
            return graph.PlanOf([], optimal: true);
        }

        var model = new CpModel();
        var chosen = graph.Pairs.Select((p, i) => model.NewBoolVar($"x{i}")).ToArray();
        foreach (var need in Enumerable.Range(0, graph.Pairs.Count).GroupBy(i => graph.Pairs[i].NeedId, StringComparer.Ordinal))
        {
            model.Add(LinearExpr.Sum(need.Select(i => chosen[i])) <= graph.Needs[need.Key].Positions);
        }

        foreach (var expert in Enumerable.Range(0, graph.Pairs.Count).GroupBy(i => graph.Pairs[i].ExpertId, StringComparer.Ordinal))
        {
            var pairs = expert.ToArray();
            // Windows are intervals: the needs covering any one start day are pairwise overlapping, and every
            // overlapping pair shares the later start day, so "at most one per start day" says exactly "never two
            // overlapping", in a handful of constraints instead of one per pair.
            foreach (var day in pairs.Select(i => graph.Needs[graph.Pairs[i].NeedId].Window?.From).OfType<DateOnly>().Distinct())
            {
                var covering = pairs.Where(i => graph.Needs[graph.Pairs[i].NeedId].Window is { } w && w.From <= day && day <= w.To).ToArray();
                if (covering.Length > 1)
                {
                    model.Add(LinearExpr.Sum(covering.Select(i => chosen[i])) <= 1);
                }
            }

            if (options.MaxPerExpert is { } cap)
            {
                model.Add(LinearExpr.Sum(pairs.Select(i => chosen[i])) <= cap);
            }
        }

        foreach (var pin in options.Pins)
        {
            model.Add(chosen[index[pin]] == 1);
        }

        foreach (var exclude in options.Excludes.Where(index.ContainsKey))
        {
            model.Add(chosen[index[exclude]] == 0);
        }

        model.Maximize(LinearExpr.WeightedSum(chosen, graph.Quality));
        var solver = new CpSolver
        {
            StringParameters = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{options.TimeLimit.TotalSeconds} random_seed:{options.Seed} num_search_workers:{Math.Max(1, Environment.ProcessorCount)}"),
        };
        var status = solver.Solve(model);
        if (status is CpSolverStatus.Unknown)
        {
            // The time limit passed before any solution: the best plan found is the empty one, marked not optimal.
            return graph.PlanOf([], optimal: false);
        }

        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            // Choosing nothing is always feasible: an infeasible or invalid model is a bug in the constraints above.
            throw new InvalidOperationException($"the allocation model is {status}");
        }

        return graph.PlanOf(Enumerable.Range(0, chosen.Length).Where(i => solver.BooleanValue(chosen[i])), status == CpSolverStatus.Optimal);
    }

    /// <summary>Refuses, naming them, pins that are no candidate pair or cannot hold together; the model is then always feasible.</summary>
    private static void CheckPins(CandidateGraph graph, Dictionary<AllocationPair, int> index, AllocationOptions options)
    {
        var pins = options.Pins.Distinct().ToList();
        if (pins.FirstOrDefault(p => !index.ContainsKey(p)) is { } stranger)
        {
            throw new AllocationInputException($"pin {stranger.NeedId}/{stranger.ExpertId}: not an eligible candidate of that need (outside its top K, below its minimum, or booked on its dates)");
        }

        if (pins.FirstOrDefault(options.Excludes.Contains) is { } both)
        {
            throw new AllocationInputException($"pin {both.NeedId}/{both.ExpertId}: also excluded");
        }

        if (pins.GroupBy(p => p.NeedId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > graph.Needs[g.Key].Positions) is { } full)
        {
            throw new AllocationInputException($"pins: need {full.Key} has {graph.Needs[full.Key].Positions} open position(s), {full.Count()} experts are pinned to it");
        }

        foreach (var expert in pins.GroupBy(p => p.ExpertId, StringComparer.Ordinal))
        {
            var held = expert.ToList();
            if (held.Count > (options.MaxPerExpert ?? int.MaxValue))
            {
                throw new AllocationInputException($"pins: expert {expert.Key} is pinned {held.Count} times, over the cap of {options.MaxPerExpert}");
            }

            if (held.SelectMany(a => held.Where(b => string.CompareOrdinal(a.NeedId, b.NeedId) < 0 && CandidateGraph.Overlaps(graph.Needs[a.NeedId], graph.Needs[b.NeedId])).Select(b => (a, b))).FirstOrDefault() is ({ } x, { } y))
            {
                throw new AllocationInputException($"pins: expert {expert.Key} is pinned to {x.NeedId} and {y.NeedId}, whose dates overlap");
            }
        }
    }
}
