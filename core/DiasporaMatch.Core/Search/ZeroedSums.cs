namespace DiasporaMatch.Search;

/// <summary>
/// One score array per thread, always handed back all zeros: clearing a segment-sized array before each query
/// cost a memory pass of its own, while the pass that reads the scores can zero them on the way.
/// </summary>
internal static class ZeroedSums
{
    [ThreadStatic]
    private static float[]? t_sums;

    /// <summary>An all-zero array of at least <paramref name="length"/>; until given back, a nested caller gets another.</summary>
    public static float[] Take(int length)
    {
        var sums = t_sums;
        t_sums = null;
        return sums is not null && sums.Length >= length ? sums : new float[length];
    }

    /// <summary>Takes back an array the caller has zeroed again (every element it wrote).</summary>
    public static void Give(float[] sums)
    {
        if (t_sums is null || t_sums.Length < sums.Length)
        {
            t_sums = sums;
        }
    }
}
