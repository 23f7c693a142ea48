namespace DiasporaMatch.Matching;

/// <summary>What a served list is a function of, besides the index and history: the need as stored, the ranker and its model, the length.</summary>
public readonly record struct MatchKey(string NeedId, string NeedVersion, string Ranker, string? ModelVersion, int Top);
