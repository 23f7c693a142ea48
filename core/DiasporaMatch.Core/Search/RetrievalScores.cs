namespace DiasporaMatch.Search;

/// <summary>Retrieval scores of a candidate list as ranking reads them.</summary>
public static class RetrievalScores
{
    /// <summary>
    /// The best score of <paramref name="candidates"/>, at least the smallest positive float: retrieval scores
    /// are divided by it into [0, 1] for the text-score feature. A plain loop: LINQ's Max over the struct
    /// candidates made three indirect calls per candidate on the ranking path.
    /// </summary>
    public static float Best<TFacts>(ReadOnlySpan<Candidate<TFacts>> candidates)
    {
        var best = float.Epsilon;
        foreach (var candidate in candidates)
        {
            best = Math.Max(best, candidate.Score);
        }

        return best;
    }
}
