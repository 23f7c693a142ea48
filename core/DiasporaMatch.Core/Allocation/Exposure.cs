namespace DiasporaMatch.Allocation;

/// <summary>How concentrated a plan's rows are on few experts, against the eligible pool (every expert in the candidate graph).</summary>
public static class Exposure
{
    /// <summary>Gini coefficient of rows per expert over the pool (0: even; towards 1: a few experts hold everything).</summary>
    public static double Gini(AllocationPlan plan, IEnumerable<string> pool)
    {
        var rows = plan.Rows.CountBy(r => r.ExpertId, StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
        var counts = pool.Distinct(StringComparer.Ordinal)
            .Select(e => (double)rows.GetValueOrDefault(e))
            .Order()
            .ToArray();
        var total = counts.Sum();
        if (counts.Length == 0 || total == 0)
        {
            return 0;
        }

        // Sorted ascending: G = Σ (2i − n − 1) x_i / (n Σ x), i from 1.
        var weighted = counts.Select((x, i) => (2.0 * (i + 1) - counts.Length - 1) * x).Sum();
        return weighted / (counts.Length * total);
    }

    /// <summary>Share of the pool that appears in at least one row.</summary>
    public static double Coverage(AllocationPlan plan, IEnumerable<string> pool)
    {
        var experts = pool.ToHashSet(StringComparer.Ordinal);
        return experts.Count == 0 ? 0 : (double)plan.Rows.Select(r => r.ExpertId).Where(experts.Contains).Distinct(StringComparer.Ordinal).Count() / experts.Count;
    }

    /// <summary>
    /// skew@k of an attribute, as in LinkedIn's fairness-aware talent search (Geyik et al., KDD 2019):
    /// ln(p_plan(a) / p_pool(a)) for every value a held by the pool, where p_plan is the value's share of the plan's
    /// rows and p_pool its share of the pool's experts. Experts who did not declare the attribute count in neither.
    /// A value absent from the plan counts as half a row, so its skew stays finite. Null when no row or no pool
    /// expert has the attribute.
    /// </summary>
    public static SkewRange? Skew(string attribute, AllocationPlan plan, IEnumerable<string> pool, IReadOnlyDictionary<string, string> values)
    {
        var inPool = pool.Distinct(StringComparer.Ordinal).Where(values.ContainsKey).CountBy(e => values[e], StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
        var inPlan = plan.Rows.Where(r => values.ContainsKey(r.ExpertId)).CountBy(r => values[r.ExpertId], StringComparer.Ordinal).ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
        var (poolTotal, planTotal) = (inPool.Values.Sum(), inPlan.Values.Sum());
        if (poolTotal == 0 || planTotal == 0)
        {
            return null;
        }

        var skews = inPool.Keys.Order(StringComparer.Ordinal)
            .Select(a => (Value: a, Skew: Math.Round(Math.Log(Math.Max(inPlan.GetValueOrDefault(a), 0.5) / planTotal / ((double)inPool[a] / poolTotal)), 4)))
            .ToList();
        var min = skews.MinBy(s => s.Skew);
        var max = skews.MaxBy(s => s.Skew);
        return new SkewRange(attribute, min.Value, min.Skew, max.Value, max.Skew);
    }
}
