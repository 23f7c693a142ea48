using Lucene.Net.Search;

namespace DiasporaMatch.Search;

/// <summary>Lucene's own path: <see cref="IndexSearcher"/> with its BM25 scorers and top-docs collector.</summary>
public sealed class LuceneHitSearch : IHitSearch
{
    public static LuceneHitSearch Instance { get; } = new();

    private LuceneHitSearch()
    {
    }

    public ScoreDoc[] Top(IndexSearcher searcher, BooleanQuery query, Filter filter, int top) =>
        searcher.Search(QueryClauses.OrAll(query), filter, Math.Max(1, top)).ScoreDocs;
}
