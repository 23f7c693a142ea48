using Lucene.Net.Search;

namespace DiasporaMatch.Search;

/// <summary>
/// How a need's candidates are found: the best documents of a weighted OR of terms (the shape
/// <see cref="QueryClauses"/> builds) under a filter, in Lucene's hit order. Two implementations give the same
/// hits: Lucene's own path (<see cref="LuceneHitSearch"/>, the reference) and the term-at-a-time scorer
/// (<see cref="DisjunctionSearch"/>, the default, for its measured speed).
/// </summary>
public interface IHitSearch
{
    /// <summary>An empty <paramref name="query"/> matches every document passing the filter with score 1.</summary>
    ScoreDoc[] Top(IndexSearcher searcher, BooleanQuery query, Filter filter, int top);
}
