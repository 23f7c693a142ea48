namespace DiasporaMatch.Ranking;

/// <summary>Lucene's BM25 retrieval score alone: the reference any other ranker must beat.</summary>
public sealed class Bm25Ranker : IRanker
{
    public string Name => RankerNames.Bm25;

    public double Score(MatchFeatures features, float retrievalScore) => retrievalScore;
}
