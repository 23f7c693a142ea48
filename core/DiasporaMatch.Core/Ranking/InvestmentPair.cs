using DiasporaMatch.Facts;

namespace DiasporaMatch.Ranking;

/// <summary>A retrieved opportunity for an investor: its facts, BM25 score and <see cref="InvestmentScorer"/> features.</summary>
public sealed record InvestmentPair(OpportunityFacts Opportunity, float RetrievalScore, float[] Features);
