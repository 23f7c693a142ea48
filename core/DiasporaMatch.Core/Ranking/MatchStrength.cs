namespace DiasporaMatch.Ranking;

/// <summary>
/// A ranked list's scores shown as a 0–100 match strength, for display only (rankings never read it). A ranker's
/// score is a margin on no fixed scale (a model's can be negative), so the strength is relative to the list's
/// best: <c>round(100 × exp(score − best))</c>, a softmax weight over the list divided by the top one's. The top
/// item is 100, one the ranker scores a whole point lower about 37, and the mapping is monotone: a higher score
/// never shows a lower strength. Items listed are never shown as 0 (at least 1).
/// </summary>
public static class MatchStrength
{
    public static int[] Of(IReadOnlyList<double> scores)
    {
        if (scores.Count == 0)
        {
            return [];
        }

        var best = scores.Where(double.IsFinite).DefaultIfEmpty(0).Max();
        return [.. scores.Select(s => double.IsFinite(s) ? Math.Max(1, (int)Math.Round(100 * Math.Exp(s - best), MidpointRounding.AwayFromZero)) : 1)];
    }
}
