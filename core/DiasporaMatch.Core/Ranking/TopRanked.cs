using DiasporaMatch.Search;

namespace DiasporaMatch.Ranking;

/// <summary>
/// The first few of many ranked items, without sorting them all (a ranked list shows twenty of a thousand
/// candidates), through the one top-k selector (<see cref="TopK{T}"/>). Ties keep input order, as a stable sort would.
/// </summary>
internal static class TopRanked
{
    /// <summary>
    /// Indices of the <paramref name="top"/> best <paramref name="scores"/>, highest first (NaN last, as
    /// <see cref="double.CompareTo(double)"/> orders it), equal scores ordered by <paramref name="ties"/>.
    /// </summary>
    public static int[] ByScore(IReadOnlyList<double> scores, int top, Comparison<int> ties) =>
        Indices(scores.Count, top, (a, b) => scores[b].CompareTo(scores[a]) is var byScore and not 0 ? byScore : ties(a, b));

    /// <summary>Indices of the first <paramref name="top"/> of <paramref name="count"/> items in <paramref name="compare"/>'s order, ties in input order.</summary>
    public static int[] Indices(int count, int top, Comparison<int> compare)
    {
        var best = new TopK<int>(Math.Min(top, count), Comparer<int>.Create((a, b) => compare(a, b) is var c and not 0 ? c : a.CompareTo(b)));
        for (var i = 0; i < count; i++)
        {
            best.Offer(i);
        }

        return best.ToArray();
    }
}
