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
        var (cutoff, training, holdout) = Split(decisions, d => d.NeedId, d => d.At, holdoutShare);
        return new TimeSplit(cutoff, training, holdout);
    }

    /// <summary>
    /// The same split over any dated items grouped into queries (a need's decisions, an investor's
    /// opportunity decisions): the latest share of groups by first date is the holdout.
    /// </summary>
    public static (DateTimeOffset Cutoff, IReadOnlyList<T> Training, IReadOnlyList<T> Holdout) Split<T>(
        IEnumerable<T> items, Func<T, string> group, Func<T, DateTimeOffset> at, double holdoutShare = DefaultHoldoutShare)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(holdoutShare, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(holdoutShare, 1);
        var groups = items
            .GroupBy(group, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, First: g.Min(at), Items: g.ToList()))
            .OrderBy(g => g.First)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (groups.Count < 2)
        {
            return (DateTimeOffset.MaxValue, groups.SelectMany(g => g.Items).ToList(), []);
        }

        var holdoutCount = Math.Clamp((int)Math.Round(groups.Count * holdoutShare), 1, groups.Count - 1);
        var cutoff = groups[groups.Count - holdoutCount].First;
        var training = groups.Where(g => g.First < cutoff).SelectMany(g => g.Items).Where(i => at(i) < cutoff).ToList();
        var holdout = groups.Where(g => g.First >= cutoff).SelectMany(g => g.Items).ToList();
        return (cutoff, training, holdout);
    }
}
