using Google.OrTools.LinearSolver;

namespace DiasporaMatch.Allocation;

/// <summary>
/// Needs arrive over the year in date order and are planned (a) greedily one at a time on arrival, (b) in weekly
/// batches with CP-SAT, or (c) in weekly batches with each expert priced by what it is worth to expected future
/// needs: the shadow prices (dual values) of the LP relaxation, solved with GLOP, of the needs the coming weeks
/// are expected to bring — estimated from the needs already seen, per sector × region and calendar month, each
/// expected need taking the candidates of the latest past need of its cell. A pair whose quality does not exceed
/// its expert's price is held back. Each is compared with the hindsight optimum; every plan counts earlier rows as
/// bookings, so no strategy ever double-books.
/// </summary>
public static class ArrivalSimulation
{
    /// <summary>How many weeks ahead the hold-back looks, and the lead from a need's arrival to its window.</summary>
    public static SimulationResult Run(IReadOnlyList<ArrivingNeed> needs, IReadOnlyList<AllocationCandidate> candidates, IReadOnlyList<AllocationBooking> bookings, int horizonWeeks = 8, AllocationOptions? options = null)
    {
        options ??= new AllocationOptions();
        var ordered = needs.OrderBy(n => n.Arrival).ThenBy(n => n.Need.Id, StringComparer.Ordinal).ToList();
        var full = new AllocationProblem(ordered.Select(n => n.Need).ToList(), candidates, bookings);
        var graph = CandidateGraph.Of(full);
        var quality = Enumerable.Range(0, graph.Pairs.Count).ToDictionary(i => (graph.Pairs[i].NeedId, graph.Pairs[i].ExpertId), i => graph.Quality[i]);
        long Value(AllocationCandidate c) => quality.GetValueOrDefault((c.NeedId, c.ExpertId));
        long Total(IEnumerable<AllocationRow> rows) => rows.Sum(r => quality.GetValueOrDefault((r.NeedId, r.ExpertId)));

        var hindsight = AllocationSolver.Solve(full, options, Value);
        var greedy = GreedyAllocation.Plan(full, options);
        var weeks = ordered.GroupBy(n => WeekOf(n.Arrival)).OrderBy(g => g.Key).ToList();
        var byNeed = candidates.ToLookup(c => c.NeedId, StringComparer.Ordinal);
        var windows = ordered.ToDictionary(n => n.Need.Id, n => n.Need, StringComparer.Ordinal);

        List<AllocationRow> Batches(bool holdBack)
        {
            var rows = new List<AllocationRow>();
            var seen = new List<ArrivingNeed>();
            foreach (var week in weeks)
            {
                var batch = week.ToList();
                var booked = bookings.Concat(rows.Where(r => windows[r.NeedId].Window is not null)
                    .Select(r => new AllocationBooking(r.ExpertId, windows[r.NeedId].Window!.From, windows[r.NeedId].Window!.To))).ToList();
                var problem = new AllocationProblem(batch.Select(n => n.Need).ToList(), batch.SelectMany(n => byNeed[n.Need.Id]).ToList(), booked);
                Func<AllocationCandidate, long> weight = Value;
                if (holdBack)
                {
                    var prices = HoldBackPrices.Of(week.Key, seen, byNeed, Value, booked, horizonWeeks);
                    weight = c => Value(c) - (long)Math.Round(prices.Of(c.ExpertId, windows[c.NeedId].Window));
                }

                rows.AddRange(AllocationSolver.Solve(problem, options, weight).Rows);
                seen.AddRange(batch);
            }

            return rows;
        }

        return new SimulationResult(Total(hindsight.Rows), Total(greedy.Rows), Total(Batches(holdBack: false)), Total(Batches(holdBack: true)), ordered.Count, weeks.Count);
    }

    /// <summary>The Monday of the day's week.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>Each expert's shadow price per day over the coming weeks, from the LP relaxation of the expected needs.</summary>
    private sealed class HoldBackPrices(Dictionary<string, List<(DateOnly Day, double Price)>> prices)
    {
        /// <summary>What taking the expert on <paramref name="window"/> costs the expected future needs: the prices of the days it covers.</summary>
        public double Of(string expertId, Profiles.DateRange? window) =>
            window is null || !prices.TryGetValue(expertId, out var days) ? 0 : days.Where(d => window.From <= d.Day && d.Day <= window.To).Sum(d => d.Price);

        public static HoldBackPrices Of(
            DateOnly week, IReadOnlyList<ArrivingNeed> seen, ILookup<string, AllocationCandidate> byNeed, Func<AllocationCandidate, long> value, IReadOnlyList<AllocationBooking> booked, int horizonWeeks)
        {
            var ghosts = Expected(week, seen, horizonWeeks);
            using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools has no GLOP solver");
            var objective = solver.Objective();
            objective.SetMaximization();
            var bookedBy = booked.ToLookup(b => b.ExpertId, StringComparer.Ordinal);
            var pairs = new List<(string Expert, Profiles.DateRange Window, Variable X)>();
            foreach (var (template, window, positions) in ghosts)
            {
                var need = solver.MakeConstraint(double.NegativeInfinity, positions);
                foreach (var candidate in byNeed[template.Need.Id])
                {
                    if (bookedBy[candidate.ExpertId].Any(b => b.From <= window.To && window.From <= b.To) || value(candidate) <= 0)
                    {
                        continue;
                    }

                    var x = solver.MakeNumVar(0, double.PositiveInfinity, ""); // the start-day rows cap it at 1; a bound here would take the price instead
                    need.SetCoefficient(x, 1);
                    objective.SetCoefficient(x, value(candidate));
                    pairs.Add((candidate.ExpertId, window, x));
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
                return new HoldBackPrices([]);
            }

            return new HoldBackPrices(rows.Where(r => r.Row.DualValue() > 1e-9)
                .GroupBy(r => r.Expert, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(r => (r.Day, r.Row.DualValue())).ToList(), StringComparer.Ordinal));
        }

        /// <summary>
        /// The needs expected to arrive in each of the coming weeks: per sector × region, the weekly rate seen so far
        /// in that calendar month (or over all months, for a month not seen yet), as positions of one need shaped
        /// like the cell's latest (its candidates, its lead from arrival to window, its length).
        /// </summary>
        private static List<(ArrivingNeed Template, Profiles.DateRange Window, double Positions)> Expected(DateOnly week, IReadOnlyList<ArrivingNeed> seen, int horizonWeeks)
        {
            var ghosts = new List<(ArrivingNeed, Profiles.DateRange, double)>();
            if (seen.Count == 0)
            {
                return ghosts;
            }

            var first = WeekOf(seen.Min(n => n.Arrival));
            var weeksSeen = Math.Max(1, (week.DayNumber - first.DayNumber) / 7);
            foreach (var cell in seen.GroupBy(n => (n.Sector, n.Region)))
            {
                var latest = cell.MaxBy(n => n.Arrival)!;
                if (latest.Need.Window is not { } shape)
                {
                    continue;
                }

                var lead = shape.From.DayNumber - latest.Arrival.DayNumber;
                var length = shape.To.DayNumber - shape.From.DayNumber;
                var positions = cell.Average(n => n.Need.Positions);
                for (var ahead = 1; ahead <= horizonWeeks; ahead++)
                {
                    var arrival = week.AddDays(7 * ahead);
                    var rate = RateIn(cell, arrival.Month, first, week) ?? (double)cell.Count() / weeksSeen;
                    var from = arrival.AddDays(lead);
                    ghosts.Add((latest, new Profiles.DateRange(from, from.AddDays(length)), rate * positions));
                }
            }

            return ghosts;
        }

        /// <summary>Needs per week of the cell in calendar <paramref name="month"/>, over the weeks of that month seen so far; null when none was.</summary>
        private static double? RateIn(IEnumerable<ArrivingNeed> cell, int month, DateOnly first, DateOnly now)
        {
            var weeks = 0;
            for (var day = first; day < now; day = day.AddDays(7))
            {
                weeks += day.Month == month ? 1 : 0;
            }

            return weeks == 0 ? null : (double)cell.Count(n => n.Arrival.Month == month) / weeks;
        }
    }
}
