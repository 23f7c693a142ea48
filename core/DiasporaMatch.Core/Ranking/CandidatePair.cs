namespace DiasporaMatch.Ranking;

/// <summary>
/// A retrieved expert for a need: its BM25 retrieval score, the pair's features, and whether the expert meets the
/// need's hard constraints (<see cref="Eligibility"/>); ineligible candidates are listed after eligible ones.
/// </summary>
public sealed record CandidatePair(string ExpertId, float RetrievalScore, MatchFeatures Features, bool Eligible = true);
