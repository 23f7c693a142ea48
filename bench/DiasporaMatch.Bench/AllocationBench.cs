using System.Diagnostics;
using DiasporaMatch.Allocation;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.Bench;

/// <summary>
/// `allocate`: 5,000 experts × 500 needs over a year, each need's top 50 candidates (a few strong experts are in
/// many lists, as in real pools), some experts booked; the CP-SAT plan against greedy per-need top-k: time,
/// total quality, needs filled, and the exposure measures, with and without a per-expert cap.
/// </summary>
public static class AllocationBench
{
    public static void Run(int experts = 5_000, int needs = 500, int top = 50, int runs = 3)
    {
        var problem = Synthetic(new Random(20270401), experts, needs, top);
        var pool = problem.Candidates.Select(c => c.ExpertId).Distinct().ToList();
        Console.WriteLine($"allocate: {experts:N0} experts, {needs:N0} needs, K={top}: {problem.Candidates.Count:N0} candidate pairs, {problem.Bookings.Count:N0} bookings, {pool.Count:N0} experts in the graph");

        var clock = Stopwatch.StartNew();
        var greedy = GreedyAllocation.Plan(problem);
        Console.WriteLine($"greedy per need: {clock.Elapsed.TotalMilliseconds:F0} ms; {Describe(problem, greedy, pool)}");

        foreach (var cap in new int?[] { null, 2 })
        {
            var options = new AllocationOptions { MaxPerExpert = cap, TimeLimit = TimeSpan.FromSeconds(30) };
            var times = new List<double>();
            AllocationPlan plan = null!;
            for (var run = 0; run < runs; run++)
            {
                clock.Restart();
                plan = AllocationSolver.Solve(problem, options);
                times.Add(clock.Elapsed.TotalSeconds);
            }

            times.Sort();
            Console.WriteLine($"CP-SAT plan{(cap is { } c ? $", at most {c} per expert" : "")}: p50 {times[times.Count / 2]:F2} s over {runs} runs (target ≤ 5 s), {(plan.Optimal ? "optimal" : "time limit hit: best found")}; {Describe(problem, plan, pool)}; quality {(double)plan.Quality / greedy.Quality:P1} of greedy's");
        }
    }

    private static string Describe(AllocationProblem problem, AllocationPlan plan, IReadOnlyList<string> pool)
    {
        var filled = problem.Needs.Count(n => n.Positions > 0 && plan.Unfilled.All(u => u.NeedId != n.Id));
        return $"quality {plan.Quality:N0}, rows {plan.Rows.Count:N0}, needs fully filled {filled:N0}/{problem.Needs.Count:N0}, Gini {Exposure.Gini(plan, pool):F3}, pool coverage {Exposure.Coverage(plan, pool):P1}";
    }

    private static AllocationProblem Synthetic(Random random, int experts, int needs, int top)
    {
        var start = new DateOnly(2027, 1, 1);
        // Experts' strength: a long tail, so the same strong experts top many needs' lists.
        var strength = Enumerable.Range(0, experts).Select(_ => Math.Pow(random.NextDouble(), 3)).ToArray();
        var needList = Enumerable.Range(0, needs).Select(n =>
        {
            var from = start.AddDays(random.Next(0, 330));
            return new AllocationNeed($"N-{n:D4}", random.Next(1, 4), new DateRange(from, from.AddDays(random.Next(14, 60))));
        }).ToList();
        var candidates = new List<AllocationCandidate>();
        foreach (var need in needList)
        {
            // Candidates share the need's sector: a tenth of the pool, chosen by sector of the need.
            var sector = random.Next(10);
            var scored = Enumerable.Range(0, experts).Where(e => e % 10 == sector)
                .Select(e => (Expert: e, Score: strength[e] + random.NextDouble() * 0.3))
                .OrderByDescending(x => x.Score)
                .Take(top);
            candidates.AddRange(scored.Select(x => new AllocationCandidate(need.Id, $"E-{x.Expert:D5}", Math.Round(x.Score, 4))));
        }

        var bookings = Enumerable.Range(0, experts).Where(_ => random.Next(10) == 0).Select(e =>
        {
            var from = start.AddDays(random.Next(0, 330));
            return new AllocationBooking($"E-{e:D5}", from, from.AddDays(random.Next(7, 45)));
        }).ToList();
        return new AllocationProblem(needList, candidates, bookings);
    }
}
