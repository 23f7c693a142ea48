using DiasporaMatch.Ranking;


namespace DiasporaMatch.Ranking;

/// <summary>A retrieved expert for a need: its BM25 retrieval score and the pair's features.</summary>
public sealed record CandidatePair(string ExpertId, float RetrievalScore, MatchFeatures Features);
