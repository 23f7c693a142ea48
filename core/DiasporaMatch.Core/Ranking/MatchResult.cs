namespace DiasporaMatch.Ranking;

/// <summary>One ranked expert for a need, with reasons in plain words and the features that produced the score.</summary>
public sealed record MatchResult(int Rank, string ExpertId, double Score, IReadOnlyList<string> Reasons, float[] Features)
{
    /// <summary>Lucene's BM25 score at retrieval (0 when the expert was not retrieved): logged with the features.</summary>
    public float RetrievalScore { get; init; }

    /// <summary>False for a candidate far below the need's minimum experience: listed after every eligible one (<see cref="Eligibility"/>).</summary>
    public bool Eligible { get; init; } = true;

    /// <summary>The reasons as codes with arguments, for rendering in the reader's language (<see cref="ReasonCatalogue"/>); <c>Reasons</c> is their English.</summary>
    public IReadOnlyList<Reason> Explanation { get; init; } = [];
}
