using CsCheck;
using DiasporaMatch.Profiles;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Allocation;

public sealed class AllocationSolverTests
{
    private static readonly AllocationOptions Fast = new() { TimeLimit = TimeSpan.FromSeconds(20) };

    [Fact]
    public void Solve_SmallRandomInstances_EqualsTheBruteForceOptimum()
    {
        var compared = 0;
        for (var seed = 1; seed <= 40; seed++)
        {
            var problem = AllocationInstances.Random(seed);
            var plan = AllocationSolver.Solve(problem, Fast);

            Assert.True(plan.Optimal);
            Assert.Equal(BruteForceBest(problem, maxPerExpert: null), plan.Quality);
            compared += CandidateGraph.Of(problem).Pairs.Count > 0 ? 1 : 0;
        }

        Assert.True(compared >= 30, "most instances must offer pairs, or the comparison proves little");
    }

    [Fact]
    public void Solve_WithAnExposureCap_EqualsTheBruteForceOptimumUnderTheCap()
    {
        for (var seed = 100; seed <= 115; seed++)
        {
            var problem = AllocationInstances.Random(seed);

            var plan = AllocationSolver.Solve(problem, Fast with { MaxPerExpert = 1 });

            Assert.Equal(BruteForceBest(problem, maxPerExpert: 1), plan.Quality);
        }
    }

    [Fact]
    public void Solve_WithAPinAndAnExclude_HoldsBothAndEqualsTheBruteForceOptimumUnderThem()
    {
        var compared = 0;
        for (var seed = 200; seed <= 230; seed++)
        {
            var problem = AllocationInstances.Random(seed);
            var pairs = CandidateGraph.Of(problem).Pairs.Select(p => new AllocationPair(p.NeedId, p.ExpertId)).ToList();
            if (pairs.Count < 2)
            {
                continue;
            }

            var random = new Random(seed);
            var pin = pairs[random.Next(pairs.Count)];
            var exclude = pairs.Where(p => p != pin).ElementAt(random.Next(pairs.Count - 1));

            var plan = AllocationSolver.Solve(problem, Fast with { Pins = [pin], Excludes = [exclude] });

            var rows = plan.Rows.Select(r => new AllocationPair(r.NeedId, r.ExpertId)).ToList();
            Assert.Contains(pin, rows);
            Assert.DoesNotContain(exclude, rows);
            Assert.Equal(BruteForceBest(problem, maxPerExpert: null, pin, exclude), plan.Quality);
            compared++;
        }

        Assert.True(compared >= 20, "most instances must offer two pairs, or the comparison proves little");
    }

    [Fact]
    public void Solve_PinsThatCannotHold_RefusedNamingThem()
    {
        var window = new DateRange(new DateOnly(2027, 5, 1), new DateOnly(2027, 5, 31));
        var problem = new AllocationProblem(
            [new AllocationNeed("N-1", 1, window), new AllocationNeed("N-2", 1, window)],
            [new AllocationCandidate("N-1", "E-STAR", 0.9), new AllocationCandidate("N-2", "E-STAR", 0.8), new AllocationCandidate("N-1", "E-OTHER", 0.5)],
            []);

        var overlap = Assert.Throws<AllocationInputException>(() => AllocationSolver.Solve(problem, Fast with { Pins = [new("N-1", "E-STAR"), new("N-2", "E-STAR")] }));
        var stranger = Assert.Throws<AllocationInputException>(() => AllocationSolver.Solve(problem, Fast with { Pins = [new("N-2", "E-OTHER")] }));
        var full = Assert.Throws<AllocationInputException>(() => AllocationSolver.Solve(problem, Fast with { Pins = [new("N-1", "E-STAR"), new("N-1", "E-OTHER")] }));

        Assert.Equal("pins: expert E-STAR is pinned to N-1 and N-2, whose dates overlap", overlap.Message);
        Assert.StartsWith("pin N-2/E-OTHER: not an eligible candidate of that need", stranger.Message, StringComparison.Ordinal);
        Assert.Equal("pins: need N-1 has 1 open position(s), 2 experts are pinned to it", full.Message);
    }

    [Fact]
    public void Solve_GeneratedInstances_NeverBreakCapacityDatesBookingsOrMinimums()
    {
        Gen.Int[1, 100_000].Select(Gen.Int[1, 6], Gen.Int[0, 2]).Sample(
            (seed, needs, cap) =>
            {
                var problem = AllocationInstances.Random(seed, needs: needs + 1, experts: 6, maxPairs: 30);
                var options = Fast with { MaxPerExpert = cap == 0 ? null : cap };
                var plan = AllocationSolver.Solve(problem, options);
                Assert.Empty(Violations(problem, plan, options.MaxPerExpert));
            },
            iter: 60);
    }

    [Fact]
    public void Solve_NoTimeToSearch_ReturnsAPlanThatKeepsTheRulesInsteadOfFailing()
    {
        var problem = AllocationInstances.Random(7, needs: 6, experts: 6, maxPairs: 30);

        var plan = AllocationSolver.Solve(problem, Fast with { TimeLimit = TimeSpan.Zero });

        Assert.Empty(Violations(problem, plan, maxPerExpert: null));
    }

    [Fact]
    public void Solve_OneStrongExpertForTwoOverlappingNeeds_PlansBothNeedsWhereGreedyFillsOne()
    {
        var window = new DateRange(new DateOnly(2027, 5, 1), new DateOnly(2027, 5, 31));
        var problem = new AllocationProblem(
            [new AllocationNeed("N-1", 1, window), new AllocationNeed("N-2", 1, window)],
            [
                new AllocationCandidate("N-1", "E-STAR", 0.9),
                new AllocationCandidate("N-1", "E-OTHER", 0.8),
                new AllocationCandidate("N-2", "E-STAR", 0.95),
            ],
            []);

        var plan = AllocationSolver.Solve(problem, Fast);
        var greedy = GreedyAllocation.Plan(problem);

        Assert.Equal([("N-1", "E-OTHER"), ("N-2", "E-STAR")], plan.Rows.Select(r => (r.NeedId, r.ExpertId)).Order());
        Assert.Empty(plan.Unfilled);
        Assert.Equal([("N-1", "E-STAR")], greedy.Rows.Select(r => (r.NeedId, r.ExpertId)));
        Assert.Equal(UnfilledReason.Capacity, Assert.Single(greedy.Unfilled).Reason);
    }

    [Fact]
    public void Solve_NeedsThatCannotBeFilled_SayWhy()
    {
        var window = new DateRange(new DateOnly(2027, 5, 1), new DateOnly(2027, 5, 31));
        var problem = new AllocationProblem(
            [new AllocationNeed("N-NOBODY", 1, window), new AllocationNeed("N-WEAK", 1, window, MinScore: 0.5), new AllocationNeed("N-BOOKED", 2, window)],
            [new AllocationCandidate("N-WEAK", "E-1", 0.2), new AllocationCandidate("N-BOOKED", "E-2", 0.7)],
            [new AllocationBooking("E-2", new DateOnly(2027, 5, 10), new DateOnly(2027, 5, 12))]);

        var plan = AllocationSolver.Solve(problem, Fast);

        Assert.Empty(plan.Rows);
        Assert.Equal(
            [("N-NOBODY", 1, UnfilledReason.NoEligibleExpert), ("N-WEAK", 1, UnfilledReason.BelowMinimum), ("N-BOOKED", 2, UnfilledReason.Booked)],
            plan.Unfilled.Select(u => (u.NeedId, u.Open, u.Reason)));
    }

    /// <summary>The best total quality over every subset of the offered pairs that keeps the rules.</summary>
    private static long BruteForceBest(AllocationProblem problem, int? maxPerExpert, AllocationPair? pin = null, AllocationPair? exclude = null)
    {
        var graph = CandidateGraph.Of(problem);
        var n = graph.Pairs.Count;
        Assert.InRange(n, 0, 20);
        var best = 0L;
        for (var mask = 0; mask < 1 << n; mask++)
        {
            var chosen = Enumerable.Range(0, n).Where(i => (mask & (1 << i)) != 0).ToList();
            var pairs = chosen.Select(i => new AllocationPair(graph.Pairs[i].NeedId, graph.Pairs[i].ExpertId)).ToList();
            if ((pin is null || pairs.Contains(pin)) && (exclude is null || !pairs.Contains(exclude))
                && Violations(problem, graph.PlanOf(chosen, optimal: false), maxPerExpert).Count == 0)
            {
                best = Math.Max(best, chosen.Sum(i => graph.Quality[i]));
            }
        }

        return best;
    }

    private static List<string> Violations(AllocationProblem problem, AllocationPlan plan, int? maxPerExpert)
    {
        var needs = problem.Needs.ToDictionary(n => n.Id);
        var problems = new List<string>();
        foreach (var need in plan.Rows.GroupBy(r => r.NeedId).Where(g => g.Count() > needs[g.Key].Positions))
        {
            problems.Add($"{need.Key} over its positions");
        }

        foreach (var expert in plan.Rows.GroupBy(r => r.ExpertId))
        {
            var rows = expert.ToList();
            if (rows.Count > (maxPerExpert ?? int.MaxValue))
            {
                problems.Add($"{expert.Key} over the cap");
            }

            if (rows.Any(a => rows.Any(b => a != b && CandidateGraph.Overlaps(needs[a.NeedId], needs[b.NeedId]))))
            {
                problems.Add($"{expert.Key} on overlapping needs");
            }

            if (rows.Any(r => problem.Bookings.Any(b => b.ExpertId == expert.Key && CandidateGraph.Overlaps(needs[r.NeedId], b))))
            {
                problems.Add($"{expert.Key} planned over a booking");
            }
        }

        problems.AddRange(plan.Rows.Where(r => r.Score < needs[r.NeedId].MinScore).Select(r => $"{r.NeedId} below its minimum"));
        problems.AddRange(plan.Rows.Where(r => !problem.Candidates.Any(c => c.NeedId == r.NeedId && c.ExpertId == r.ExpertId)).Select(r => $"{r.NeedId}/{r.ExpertId} not a candidate"));
        return problems;
    }
}
