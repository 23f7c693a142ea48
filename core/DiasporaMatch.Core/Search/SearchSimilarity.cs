using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace DiasporaMatch.Search;

/// <summary>
/// BM25 for writing and searching every index, so the <c>bm25</c> ranker's score is the retrieval score.
/// Lucene's own BM25, with its protected parts opened up so <see cref="DisjunctionSearch"/> scores flat postings
/// with exactly the same formula.
/// </summary>
public sealed class SearchSimilarity : BM25Similarity
{
    private SearchSimilarity()
    {
    }

    public static SearchSimilarity Instance { get; } = new();

    public float IdfOf(long docFreq, long maxDoc) => Idf(docFreq, maxDoc);

    /// <summary>k1 · ((1 − b) + b · length / average length) for every norm byte: the denominator's length part.</summary>
    public float[] LengthTable(CollectionStatistics field)
    {
        var average = AvgFieldLength(field);
        var table = new float[256];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = K1 * ((1 - B) + B * DecodeNormValue((byte)i) / average);
        }

        return table;
    }
}
