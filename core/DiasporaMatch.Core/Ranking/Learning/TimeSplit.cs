using DiasporaMatch.Decisions;

namespace DiasporaMatch.Ranking.Learning;

/// <summary>
/// Splits decisions by time, never by chance: needs are ordered by their first decision, the latest share of
/// them is the holdout, and training keeps only decisions made before the cutoff (the first holdout decision),
/// so nothing the model learns from happened after anything it is evaluated on.
/// </summary>
public sealed record TimeSplit(DateTimeOffset Cutoff, IReadOnlyList<Decision> Training, IReadOnlyList<Decision> Holdout)
{
    public const double DefaultHoldoutShare = 0.2;

    public static TimeSplit Of(IEnumerable<Decision> decisions, double holdoutShare = DefaultHoldoutShare)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(holdoutShare, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(holdoutShare, 1);
        var byNeed = decisions
            .GroupBy(d => d.NeedId, StringComparer.Ordinal)
            .Select(g => (Need: g.Key, First: g.Min(d => d.At), Decisions: g.ToList()))
            .OrderBy(g => g.First)
            .ThenBy(g => g.Need, StringComparer.Ordinal)
            .ToList();
        if (byNeed.Count < 2)
        {
            return new TimeSplit(DateTimeOffset.MaxValue, byNeed.SelectMany(g => g.Decisions).ToList(), []);
        }

        var holdoutCount = Math.Clamp((int)Math.Round(byNeed.Count * holdoutShare), 1, byNeed.Count - 1);
        var cutoff = byNeed[byNeed.Count - holdoutCount].First;
        var training = byNeed.Where(g => g.First < cutoff).SelectMany(g => g.Decisions).Where(d => d.At < cutoff).ToList();
        var holdout = byNeed.Where(g => g.First >= cutoff).SelectMany(g => g.Decisions).ToList();
        return new TimeSplit(cutoff, training, holdout);
    }
}
