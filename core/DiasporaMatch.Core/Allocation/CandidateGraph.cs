namespace DiasporaMatch.Allocation;

/// <summary>
/// The pairs a plan may choose from: candidates of known needs, at or above the need's minimum, not booked on
/// overlapping dates, each with its quality — the score mapped onto 1..1000 over the whole problem, so filling a
/// position always adds (the solver and the greedy reference maximise the same number).
/// </summary>
internal sealed class CandidateGraph
{
    public const int MaxQuality = 1000;

    private CandidateGraph(AllocationProblem problem, IReadOnlyList<AllocationCandidate> pairs, IReadOnlyList<long> quality)
    {
        Problem = problem;
        Pairs = pairs;
        Quality = quality;
        Needs = problem.Needs.ToDictionary(n => n.Id, StringComparer.Ordinal);
    }

    public AllocationProblem Problem { get; }

    public IReadOnlyList<AllocationCandidate> Pairs { get; }

    public IReadOnlyList<long> Quality { get; }

    public IReadOnlyDictionary<string, AllocationNeed> Needs { get; }

    public static CandidateGraph Of(AllocationProblem problem) => Of(problem, weight: null);

    /// <summary>The graph with each pair valued by <paramref name="weight"/> instead (pairs valued 0 or less are left out).</summary>
    public static CandidateGraph Of(AllocationProblem problem, Func<AllocationCandidate, long>? weight)
    {
        var needs = problem.Needs.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var bookings = problem.Bookings.ToLookup(b => b.ExpertId, StringComparer.Ordinal);
        var pairs = problem.Candidates
            .Where(c => needs.TryGetValue(c.NeedId, out var need) && need.Positions > 0 && !(c.Score < need.MinScore))
            .Where(c => !bookings[c.ExpertId].Any(b => Overlaps(needs[c.NeedId], b)))
            .DistinctBy(c => (c.NeedId, c.ExpertId))
            .ToList();
        var min = pairs.Count == 0 ? 0 : pairs.Min(p => p.Score);
        var max = pairs.Count == 0 ? 0 : pairs.Max(p => p.Score);
        if (weight is not null)
        {
            pairs = pairs.Where(p => weight(p) > 0).ToList();
            return new CandidateGraph(problem, pairs, pairs.Select(weight).ToArray());
        }

        var quality = pairs.Select(p => max > min ? 1 + (long)Math.Round((MaxQuality - 1) * (p.Score - min) / (max - min)) : MaxQuality).ToArray();
        return new CandidateGraph(problem, pairs, quality);
    }

    /// <summary>Two needs whose windows share a day cannot take the same expert; a need without a window conflicts with none.</summary>
    public static bool Overlaps(AllocationNeed a, AllocationNeed b) =>
        a.Window is { } x && b.Window is { } y && x.From <= y.To && y.From <= x.To;

    public static bool Overlaps(AllocationNeed need, AllocationBooking booking) =>
        need.Window is { } w && w.From <= booking.To && booking.From <= w.To;

    /// <summary>The plan of the chosen pair indices, with why each need short of its positions stays so.</summary>
    public AllocationPlan PlanOf(IEnumerable<int> chosen, bool optimal)
    {
        var picked = chosen.Order().ToList();
        var rows = picked.Select(i => new AllocationRow(Pairs[i].NeedId, Pairs[i].ExpertId, Pairs[i].Score)).ToList();
        var filled = rows.CountBy(r => r.NeedId).ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
        var offeredByNeed = Problem.Candidates.ToLookup(c => c.NeedId, StringComparer.Ordinal);
        var kept = Pairs.Select(p => p.NeedId).ToHashSet(StringComparer.Ordinal);
        var unfilled = new List<UnfilledNeed>();
        foreach (var need in Problem.Needs.Where(n => n.Positions > filled.GetValueOrDefault(n.Id)))
        {
            var offered = offeredByNeed[need.Id].ToList();
            var reason = offered.Count == 0 ? UnfilledReason.NoEligibleExpert
                : offered.All(c => c.Score < need.MinScore) ? UnfilledReason.BelowMinimum
                : kept.Contains(need.Id) ? UnfilledReason.Capacity
                : UnfilledReason.Booked;
            unfilled.Add(new UnfilledNeed(need.Id, need.Positions - filled.GetValueOrDefault(need.Id), reason));
        }

        return new AllocationPlan(rows, picked.Sum(i => Quality[i]), rows.Sum(r => r.Score), optimal, unfilled);
    }
}
