namespace DiasporaMatch.Ranking;

/// <summary>One ranked need (recommend) or opportunity (invest) for an expert, with reasons and features.</summary>
public sealed record Suggestion(int Rank, string Id, string Title, double Score, IReadOnlyList<string> Reasons, float[] Features)
{
    /// <summary>False for a need the expert is far below the minimum experience of: listed after every eligible one (<see cref="Eligibility"/>).</summary>
    public bool Eligible { get; init; } = true;
}
