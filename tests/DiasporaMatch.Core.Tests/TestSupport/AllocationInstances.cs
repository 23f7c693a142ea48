using DiasporaMatch.Allocation;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.TestSupport;

/// <summary>Random small allocation problems from a seed: a few needs on overlapping windows, a few experts, some booked.</summary>
internal static class AllocationInstances
{
    private static readonly DateOnly Start = new(2027, 3, 1);

    public static AllocationProblem Random(int seed, int needs = 4, int experts = 5, int maxPairs = 14)
    {
        var random = new Random(seed);
        var needList = Enumerable.Range(0, needs).Select(n =>
        {
            var from = Start.AddDays(random.Next(0, 40));
            DateRange? window = random.Next(5) == 0 ? null : new DateRange(from, from.AddDays(random.Next(5, 30)));
            return new AllocationNeed($"N-{n}", random.Next(1, 3), window, random.Next(4) == 0 ? 0.3 : null);
        }).ToList();
        var candidates = (
            from need in needList
            from e in Enumerable.Range(0, experts)
            where random.Next(3) > 0
            select new AllocationCandidate(need.Id, $"E-{e}", Math.Round(random.NextDouble() * 2 - 0.5, 3)))
            .Take(maxPairs)
            .ToList();
        var bookings = Enumerable.Range(0, experts).Where(_ => random.Next(4) == 0).Select(e =>
        {
            var from = Start.AddDays(random.Next(0, 50));
            return new AllocationBooking($"E-{e}", from, from.AddDays(random.Next(1, 10)));
        }).ToList();
        return new AllocationProblem(needList, candidates, bookings);
    }
}
