using CsCheck;
using DiasporaMatch.Profiles;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Allocation;

public sealed class ArrivalSimulationTests
{
    private static readonly DateOnly Week1 = new(2027, 1, 4); // a Monday

    /// <summary>
    /// Four weeks of needs in sector s2 only E-STAR can fill; then need A (sector s1), which E-STAR would fill a bit
    /// better than E-OTHER, and a week later an s2 need on A's dates. Greedy and weekly spend E-STAR on A and leave the
    /// s2 need empty; hold-back prices E-STAR by the expected s2 needs and reaches the hindsight optimum.
    /// </summary>
    [Fact]
    public void Run_ScarceExpertWantedByFrequentNeeds_HoldBackKeepsItAndReachesHindsight()
    {
        var needs = new List<ArrivingNeed>();
        var candidates = new List<AllocationCandidate>();
        for (var week = 0; week < 4; week++)
        {
            var arrival = Week1.AddDays(7 * week);
            needs.Add(Arriving($"N-H{week}", arrival, "s2", positions: 2, days: 0));
            candidates.Add(new($"N-H{week}", "E-STAR", 1.0));
        }

        needs.Add(Arriving("N-A", Week1.AddDays(28), "s1", positions: 1, days: 20));
        candidates.AddRange([new("N-A", "E-STAR", 0.6), new("N-A", "E-OTHER", 0.5)]);
        needs.Add(Arriving("N-B", Week1.AddDays(35), "s2", positions: 1, days: 0));
        candidates.Add(new("N-B", "E-STAR", 1.0));

        var result = ArrivalSimulation.Run(needs, candidates, []);

        // Quality units: 1.0 → 1000, 0.6 → 201, 0.5 → 1.
        Assert.Equal(5001, result.Hindsight);
        Assert.Equal(4201, result.Greedy);
        Assert.Equal(4201, result.Weekly);
        Assert.Equal(5001, result.HoldBack);
        Assert.Equal(6, result.Weeks);
    }

    [Fact]
    public void Run_RandomArrivals_NoStrategyBeatsHindsight()
    {
        Gen.Int[1, 100_000].Sample(
            seed =>
            {
                var problem = AllocationInstances.Random(seed, needs: 6, experts: 5, maxPairs: 20);
                var random = new Random(seed);
                var arriving = problem.Needs.Select(n => new ArrivingNeed(n, (n.Window?.From ?? new DateOnly(2027, 6, 1)).AddDays(-random.Next(10, 40)), $"s{random.Next(2)}", "r")).ToList();

                var result = ArrivalSimulation.Run(arriving, problem.Candidates, problem.Bookings, options: new AllocationOptions { TimeLimit = TimeSpan.FromSeconds(20) });

                Assert.InRange(result.Greedy, 0, result.Hindsight);
                Assert.InRange(result.Weekly, 0, result.Hindsight);
                Assert.InRange(result.HoldBack, 0, result.Hindsight);
            },
            iter: 25);
    }

    private static ArrivingNeed Arriving(string id, DateOnly arrival, string sector, int positions, int days)
    {
        var from = arrival.AddDays(30);
        return new ArrivingNeed(new AllocationNeed(id, positions, new DateRange(from, from.AddDays(days))), arrival, sector, "MA-01");
    }
}
