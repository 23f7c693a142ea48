namespace DiasporaMatch.Ranking;

/// <summary>One ranked need (recommend) or opportunity (invest) for an expert, with reasons and features.</summary>
public sealed record Suggestion(int Rank, string Id, string Title, double Score, IReadOnlyList<string> Reasons, float[] Features)
{
    /// <summary>False for a need the expert is far below the minimum experience of: listed after every eligible one (<see cref="Eligibility"/>).</summary>
    public bool Eligible { get; init; } = true;

    /// <summary>The reasons as codes with arguments, for rendering in the reader's language (<see cref="ReasonCatalogue"/>); <c>Reasons</c> is their English.</summary>
    public IReadOnlyList<Reason> Explanation { get; init; } = [];
}
