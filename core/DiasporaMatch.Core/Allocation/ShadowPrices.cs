using Google.OrTools.LinearSolver;

namespace DiasporaMatch.Allocation;

/// <summary>
/// Each expert's shadow price per day over the coming weeks: the dual values, solved with GLOP, of the LP
/// relaxation of the expected needs alone. A pair is then worth its quality less the prices of the days it covers.
/// </summary>
internal sealed class ShadowPrices(Dictionary<string, List<(DateOnly Day, double Price)>> prices)
{
    /// <summary>What taking the expert on <paramref name="window"/> costs the expected future needs: the prices of the days it covers.</summary>
    public double Of(string expertId, Profiles.DateRange? window) =>
        window is null || !prices.TryGetValue(expertId, out var days) ? 0 : days.Where(d => window.From <= d.Day && d.Day <= window.To).Sum(d => d.Price);

    public static ShadowPrices Of(IReadOnlyList<ExpectedNeed> ghosts, ILookup<string, AllocationCandidate> byNeed, Func<AllocationCandidate, long> value, IReadOnlyList<AllocationBooking> booked)
    {
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools has no GLOP solver");
        var objective = solver.Objective();
        objective.SetMaximization();
        var bookedBy = booked.ToLookup(b => b.ExpertId, StringComparer.Ordinal);
        var pairs = new List<(string Expert, Profiles.DateRange Window, Variable X)>();
        foreach (var ghost in ghosts)
        {
            var need = solver.MakeConstraint(double.NegativeInfinity, ghost.Positions);
            foreach (var candidate in byNeed[ghost.Template.Need.Id])
            {
                if (bookedBy[candidate.ExpertId].Any(b => b.From <= ghost.Window.To && ghost.Window.From <= b.To) || value(candidate) <= 0)
                {
                    continue;
                }

                var x = solver.MakeNumVar(0, double.PositiveInfinity, ""); // the start-day rows cap it at 1; a bound here would take the price instead
                need.SetCoefficient(x, 1);
                objective.SetCoefficient(x, value(candidate));
                pairs.Add((candidate.ExpertId, ghost.Window, x));
            }
        }

        // One row per expert and start day of an expected need: the expected needs covering that day share one expert.
        var rows = new List<(string Expert, DateOnly Day, Constraint Row)>();
        foreach (var expert in pairs.GroupBy(p => p.Expert, StringComparer.Ordinal))
        {
            foreach (var day in expert.Select(p => p.Window.From).Distinct())
            {
                var row = solver.MakeConstraint(double.NegativeInfinity, 1);
                foreach (var pair in expert.Where(p => p.Window.From <= day && day <= p.Window.To))
                {
                    row.SetCoefficient(pair.X, 1);
                }

                rows.Add((expert.Key, day, row));
            }
        }

        var status = pairs.Count == 0 ? Solver.ResultStatus.OPTIMAL : solver.Solve();
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            return new ShadowPrices([]);
        }

        return new ShadowPrices(rows.Where(r => r.Row.DualValue() > 1e-9)
            .GroupBy(r => r.Expert, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => (r.Day, r.Row.DualValue())).ToList(), StringComparer.Ordinal));
    }
}
