namespace DiasporaMatch.Ranking;

/// <summary>Orders candidates of one query by a score computed from the pair's features and its retrieval score.</summary>
public interface IRanker
{
    string Name { get; }

    double Score(MatchFeatures features, float retrievalScore);
}
