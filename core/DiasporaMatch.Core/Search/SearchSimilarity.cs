using Lucene.Net.Search.Similarities;

namespace DiasporaMatch.Search;

/// <summary>BM25 for writing and searching every index, so the <c>bm25</c> ranker's score is the retrieval score.</summary>
public static class SearchSimilarity
{
    public static Similarity Instance { get; } = new BM25Similarity();
}
