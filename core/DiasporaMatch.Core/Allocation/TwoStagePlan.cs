using Google.OrTools.LinearSolver;

namespace DiasporaMatch.Allocation;

/// <summary>
/// Hold-back as a two-stage plan: this week's needs (yes or no per pair) are planned together with the needs the
/// coming weeks are expected to bring (an LP: fractional positions, fractional assignments) on the same experts
/// and dates, the expected needs' quality discounted for their uncertainty, and only this week's rows are kept. An
/// expert worth more to the expected needs than to this week's is held back — what pricing by the LP's dual values
/// aims at, without approximating a window's price by the days it covers. Solved with SCIP (bundled with OR-Tools).
/// </summary>
internal static class TwoStagePlan
{
    /// <summary>This week's rows, or null when the solver found no plan in time (the caller then plans the week alone).</summary>
    public static IReadOnlyList<AllocationRow>? Solve(
        AllocationProblem week, Func<AllocationCandidate, long> value, IReadOnlyList<ExpectedNeed> expected, ILookup<string, AllocationCandidate> byNeed, double discount, AllocationOptions options)
    {
        var graph = CandidateGraph.Of(week, value);
        using var solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("OR-Tools has no SCIP solver");
        solver.SetTimeLimit((long)options.TimeLimit.TotalMilliseconds);
        var objective = solver.Objective();
        objective.SetMaximization();

        var now = new Variable[graph.Pairs.Count];
        var windows = new List<(string Expert, Profiles.DateRange Window, Variable X)>();
        foreach (var need in Enumerable.Range(0, graph.Pairs.Count).GroupBy(i => graph.Pairs[i].NeedId, StringComparer.Ordinal))
        {
            var row = solver.MakeConstraint(double.NegativeInfinity, graph.Needs[need.Key].Positions);
            foreach (var i in need)
            {
                now[i] = solver.MakeBoolVar("");
                row.SetCoefficient(now[i], 1);
                objective.SetCoefficient(now[i], graph.Quality[i]);
                if (graph.Needs[need.Key].Window is { } window)
                {
                    windows.Add((graph.Pairs[i].ExpertId, window, now[i]));
                }
            }
        }

        var booked = week.Bookings.ToLookup(b => b.ExpertId, StringComparer.Ordinal);
        foreach (var ghost in expected)
        {
            var row = solver.MakeConstraint(double.NegativeInfinity, ghost.Positions);
            foreach (var candidate in byNeed[ghost.Template.Need.Id])
            {
                if (value(candidate) <= 0 || booked[candidate.ExpertId].Any(b => b.From <= ghost.Window.To && ghost.Window.From <= b.To))
                {
                    continue;
                }

                var y = solver.MakeNumVar(0, 1, "");
                row.SetCoefficient(y, 1);
                objective.SetCoefficient(y, discount * value(candidate));
                windows.Add((candidate.ExpertId, ghost.Window, y));
            }
        }

        // Today's missions and the expected ones share each expert's dates: at most one per set of overlapping windows.
        foreach (var expert in windows.GroupBy(w => w.Expert, StringComparer.Ordinal))
        {
            var items = expert.ToList();
            foreach (var clique in AllocationSolver.OverlapCliques(items.Select((w, i) => (i, w.Window)).ToList()))
            {
                var row = solver.MakeConstraint(double.NegativeInfinity, 1);
                clique.ForEach(i => row.SetCoefficient(items[i].X, 1));
            }
        }

        if (options.MaxPerExpert is { } cap)
        {
            foreach (var expert in Enumerable.Range(0, now.Length).GroupBy(i => graph.Pairs[i].ExpertId, StringComparer.Ordinal))
            {
                var row = solver.MakeConstraint(double.NegativeInfinity, cap);
                foreach (var i in expert)
                {
                    row.SetCoefficient(now[i], 1);
                }
            }
        }

        var status = now.Length == 0 ? Solver.ResultStatus.OPTIMAL : solver.Solve();
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            return null;
        }

        return graph.PlanOf(Enumerable.Range(0, now.Length).Where(i => now[i].SolutionValue() > 0.5), optimal: true).Rows;
    }
}
