namespace DiasporaMatch.Allocation;

/// <summary>
/// Needs arrive over the year in date order and are planned (a) greedily one at a time on arrival, (b) in weekly
/// batches with CP-SAT, (c) in weekly batches with each expert priced by the dual values of the LP over the needs
/// expected in the coming weeks (a pair worth no more than its expert's price is held back), and (d) in weekly
/// batches planned together with those expected needs (<see cref="TwoStagePlan"/>, the hold-back). Expected needs
/// are estimated only from needs already seen (the history given, then the simulated weeks before the current
/// one), per sector × region and calendar month. Each is compared with the hindsight optimum; every plan counts
/// earlier rows as bookings, so no strategy ever double-books.
/// </summary>
public static class ArrivalSimulation
{
    /// <summary>The default weight of the expected needs' quality against this week's: they may not come.</summary>
    public const double DefaultDiscount = 0.75;

    /// <summary>
    /// Simulates the year of <paramref name="needs"/>. <paramref name="history"/>: needs of earlier periods, only
    /// seen (their candidates, in <paramref name="candidates"/>, shape the expected needs), never planned;
    /// <paramref name="horizonWeeks"/>: how far ahead the hold-back looks; <paramref name="discount"/>: the weight
    /// of the expected needs' quality.
    /// </summary>
    public static SimulationResult Run(
        IReadOnlyList<ArrivingNeed> needs,
        IReadOnlyList<AllocationCandidate> candidates,
        IReadOnlyList<AllocationBooking> bookings,
        int horizonWeeks = 8,
        AllocationOptions? options = null,
        IReadOnlyList<ArrivingNeed>? history = null,
        double discount = DefaultDiscount) =>
        Simulate(needs, candidates, bookings, horizonWeeks, options, history, discount, holdBackOnly: false);

    private static SimulationResult Simulate(
        IReadOnlyList<ArrivingNeed> needs,
        IReadOnlyList<AllocationCandidate> candidates,
        IReadOnlyList<AllocationBooking> bookings,
        int horizonWeeks,
        AllocationOptions? options,
        IReadOnlyList<ArrivingNeed>? history,
        double discount,
        bool holdBackOnly)
    {
        options ??= new AllocationOptions();
        var ordered = needs.OrderBy(n => n.Arrival).ThenBy(n => n.Need.Id, StringComparer.Ordinal).ToList();
        var full = new AllocationProblem(ordered.Select(n => n.Need).ToList(), candidates, bookings);
        var graph = CandidateGraph.Of(full);

        // Quality on the full problem's 1..1000 scale, for any pair (a past need's too: it shapes expected needs).
        var min = graph.Pairs.Count == 0 ? 0 : graph.Pairs.Min(p => p.Score);
        var max = graph.Pairs.Count == 0 ? 0 : graph.Pairs.Max(p => p.Score);
        long Quality(double score) => max > min
            ? Math.Clamp(1 + (long)Math.Round((CandidateGraph.MaxQuality - 1) * (score - min) / (max - min)), 1, CandidateGraph.MaxQuality)
            : CandidateGraph.MaxQuality;
        long Value(AllocationCandidate c) => Quality(c.Score);
        long Total(IEnumerable<AllocationRow> rows) => rows.Sum(r => Quality(r.Score));

        var weeks = ordered.GroupBy(n => WeekOf(n.Arrival)).OrderBy(g => g.Key).ToList();
        var byNeed = candidates.ToLookup(c => c.NeedId, StringComparer.Ordinal);
        var windows = ordered.ToDictionary(n => n.Need.Id, n => n.Need, StringComparer.Ordinal);

        List<AllocationRow> Batches(Strategy strategy)
        {
            var rows = new List<AllocationRow>();
            var seen = new List<ArrivingNeed>(history ?? []);
            foreach (var week in weeks)
            {
                var batch = week.ToList();
                var booked = bookings.Concat(rows.Where(r => windows[r.NeedId].Window is not null)
                    .Select(r => new AllocationBooking(r.ExpertId, windows[r.NeedId].Window!.From, windows[r.NeedId].Window!.To))).ToList();
                var problem = new AllocationProblem(batch.Select(n => n.Need).ToList(), batch.SelectMany(n => byNeed[n.Need.Id]).ToList(), booked);
                var expected = strategy switch
                {
                    Strategy.Weekly => [],
                    Strategy.Clairvoyant => ordered.Where(n => n.Arrival > week.Key.AddDays(6) && n.Arrival < week.Key.AddDays(7 * (horizonWeeks + 1)) && n.Need.Window is not null)
                        .Select(n => new ExpectedNeed(n, n.Need.Window!, n.Need.Positions)).ToList(),
                    _ => ExpectedNeed.After(week.Key, seen, horizonWeeks),
                };
                if (strategy is Strategy.TwoStage or Strategy.Clairvoyant && TwoStagePlan.Solve(problem, Value, expected, byNeed, strategy == Strategy.Clairvoyant ? 1 : discount, options) is { } planned)
                {
                    rows.AddRange(planned);
                }
                else if (strategy == Strategy.ShadowPrices)
                {
                    var prices = ShadowPrices.Of(expected, byNeed, Value, booked);
                    rows.AddRange(AllocationSolver.Solve(problem, options, c => Value(c) - (long)Math.Round(prices.Of(c.ExpertId, windows[c.NeedId].Window))).Rows);
                }
                else
                {
                    rows.AddRange(AllocationSolver.Solve(problem, options, Value).Rows);
                }

                seen.AddRange(batch);
            }

            return rows;
        }

        if (holdBackOnly)
        {
            return new SimulationResult(0, 0, 0, Total(Batches(Strategy.TwoStage)), 0, 0, ordered.Count, weeks.Count);
        }

        var hindsight = AllocationSolver.Solve(full, options, Value);
        var greedy = GreedyAllocation.Plan(full, options);
        return new SimulationResult(
            Total(hindsight.Rows), Total(greedy.Rows), Total(Batches(Strategy.Weekly)), Total(Batches(Strategy.TwoStage)), Total(Batches(Strategy.ShadowPrices)), Total(Batches(Strategy.Clairvoyant)), ordered.Count, weeks.Count);
    }

    /// <summary>The hold-back alone, with other parameters (the bench's sweep): its total quality, to divide by <see cref="Run"/>'s hindsight.</summary>
    public static long HoldBack(
        IReadOnlyList<ArrivingNeed> needs, IReadOnlyList<AllocationCandidate> candidates, int horizonWeeks, double discount, IReadOnlyList<ArrivingNeed>? history = null, AllocationOptions? options = null) =>
        Simulate(needs, candidates, [], horizonWeeks, options, history, discount, holdBackOnly: true).HoldBack;

    /// <summary>The Monday of the day's week.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private enum Strategy
    {
        Weekly,
        TwoStage,
        ShadowPrices,
        Clairvoyant,
    }
}
