namespace DiasporaMatch.Ranking;

/// <summary>One ranked expert for a need, with reasons in plain words and the features that produced the score.</summary>
public sealed record MatchResult(int Rank, string ExpertId, double Score, IReadOnlyList<string> Reasons, float[] Features);
