namespace DiasporaMatch.Ranking;

/// <summary>
/// The first few of many ranked items, without sorting them all: a ranked list shows twenty of a thousand
/// candidates, so each candidate is compared with the last one kept and most stop there. Ties keep input
/// order, as a stable sort would.
/// </summary>
internal static class TopRanked
{
    /// <summary>
    /// Indices of the <paramref name="top"/> best <paramref name="scores"/>, highest first (NaN last, as
    /// <see cref="double.CompareTo(double)"/> orders it), equal scores ordered by <paramref name="ties"/>.
    /// </summary>
    public static int[] ByScore(IReadOnlyList<double> scores, int top, Comparison<int> ties) =>
        Indices(scores.Count, top, (a, b) => scores[b].CompareTo(scores[a]) is var byScore and not 0 ? byScore : ties(a, b));

    /// <summary>Indices of the first <paramref name="top"/> of <paramref name="count"/> items in <paramref name="compare"/>'s order.</summary>
    public static int[] Indices(int count, int top, Comparison<int> compare)
    {
        var kept = new int[Math.Clamp(top, 0, count)];
        var n = 0;
        for (var i = 0; i < count && kept.Length > 0; i++)
        {
            if (n == kept.Length && compare(i, kept[n - 1]) >= 0)
            {
                continue;
            }

            var at = n < kept.Length ? n++ : n - 1; // full: the last kept gives way
            while (at > 0 && compare(i, kept[at - 1]) < 0)
            {
                kept[at] = kept[at - 1];
                at--;
            }

            kept[at] = i;
        }

        return kept;
    }
}
