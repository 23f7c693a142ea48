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
}
