using System.Buffers;
using System.Collections.Concurrent;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DiasporaMatch.Search;

/// <summary>
/// Top documents of a weighted OR of terms under a filter, scored term at a time into one float per document
/// over <see cref="SegmentPostings"/>' flat arrays. It returns what <c>searcher.Search(query, filter, top)</c>
/// returns for the same BM25 query — the same documents, scores equal up to float summation order — for a
/// fraction of the cost: no postings decoding per query and no per-document scorer machinery. Measured at 100k
/// profiles against <see cref="LuceneHitSearch"/> (docs/performance.md): retrieval 2.6 ms vs 25 ms thread CPU,
/// a need's whole match 5.5 ms vs 29.5 ms, which is why it is the default and Lucene's path the reference.
/// </summary>
public sealed class DisjunctionSearch : IHitSearch
{
    public static DisjunctionSearch Instance { get; } = new();

    private DisjunctionSearch()
    {
    }

    /// <summary>
    /// Per reader (one per refresh) and field, BM25's length part per norm byte: the field statistics behind it
    /// cost a walk over every segment's terms, which every query repeated.
    /// </summary>
    private static readonly ReaderCache<ConcurrentDictionary<string, float[]>> LengthTables = new(_ => new ConcurrentDictionary<string, float[]>(StringComparer.Ordinal));

    /// <summary>
    /// <paramref name="query"/> is the shape <see cref="QueryClauses"/> builds: SHOULD clauses, each a boosted
    /// OR of term queries (or a single term query). An empty query matches every document passing the filter
    /// with score 1, as <see cref="MatchAllDocsQuery"/> does.
    /// </summary>
    public ScoreDoc[] Top(IndexSearcher searcher, BooleanQuery query, Filter filter, int top)
    {
        var weighted = Weigh(searcher, query);
        var best = new TopHits(Math.Max(1, top));
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            // The filter this project builds hands over its bitset, walked a word at a time; any other is asked per document.
            IBits? accepted = filter is TermBitsetFilter terms
                ? terms.Accepted(leaf, leaf.AtomicReader.LiveDocs)
                : filter.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)?.Bits;
            if (accepted is null)
            {
                continue; // nothing in this segment passes the filter
            }

            if (query.Clauses.Count == 0)
            {
                OfferAll(leaf, accepted, best, top);
            }
            else if (weighted.Count > 0)
            {
                Score(leaf, weighted, accepted, best);
            }
        }

        return best.ToArray();
    }

    private static void Score(AtomicReaderContext leaf, IReadOnlyList<WeightedTerm> terms, IBits accepted, TopHits best)
    {
        var reader = leaf.AtomicReader;
        var sums = ArrayPool<float>.Shared.Rent(reader.MaxDoc);
        try
        {
            Array.Clear(sums, 0, reader.MaxDoc);
            foreach (var term in terms)
            {
                Accumulate(sums, term.Postings.InLeaf(leaf.Ord), SegmentPostings.NormsOf(reader, term.Term.Field), term);
            }

            OfferAbove(sums, reader.MaxDoc, (accepted as FixedBitSet)?.GetBits(), accepted, leaf.DocBase, best);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(sums);
        }
    }

    /// <summary>
    /// Offers every accepted document scoring above what the kept hits already beat, a vector of sums at a
    /// time. Documents come in increasing order, so a tie with the weakest kept hit always loses (as Lucene ranks).
    /// </summary>
    private static void OfferAbove(float[] sums, int maxDoc, long[]? words, IBits accepted, int docBase, TopHits best)
    {
        var width = Vector<float>.Count;
        var doc = 0;
        for (; doc + width <= maxDoc; doc += width)
        {
            var block = new Vector<float>(sums, doc);
            var above = Vector.GreaterThan(block, new Vector<float>(best.Threshold));
            if (above == Vector<int>.Zero)
            {
                continue;
            }

            for (var lane = 0; lane < width; lane++)
            {
                if (above[lane] != 0 && Accepted(words, accepted, doc + lane) && block[lane] > best.Threshold)
                {
                    best.Offer(docBase + doc + lane, block[lane]);
                }
            }
        }

        for (; doc < maxDoc; doc++)
        {
            var score = sums[doc];
            if (score > best.Threshold && Accepted(words, accepted, doc))
            {
                best.Offer(docBase + doc, score);
            }
        }
    }

    internal static bool Accepted(long[]? words, IBits accepted, int doc) =>
        words is not null ? (words[doc >> 6] & (1L << (doc & 63))) != 0 : accepted.Get(doc);

    /// <summary>BM25's per-document part: weight · tf / (tf + length part), the length part k1 where norms are omitted.</summary>
    private static void Accumulate(float[] sums, TermPostings postings, byte[]? norms, WeightedTerm term)
    {
        var docs = postings.Docs;
        var weight = term.Weight;
        var k1 = SearchSimilarity.Instance.K1;
        if (postings.Freqs is null && norms is null)
        {
            var each = weight / (1 + k1); // string fields: tf 1, no length
            foreach (var doc in docs)
            {
                sums[doc] += each;
            }

            return;
        }

        var freqs = postings.Freqs;
        var lengths = term.Lengths;
        if (norms is not null && docs.Length >= TabledPostings)
        {
            // Most postings have tf 1: their part depends on the length byte alone, so it is computed once per
            // byte (the same expression, so the same float) and looked up, sparing a division per posting.
            Span<float> once = stackalloc float[256];
            for (var b = 0; b < once.Length; b++)
            {
                once[b] = weight * 1f / (1f + lengths[b]);
            }

            for (var i = 0; i < docs.Length; i++)
            {
                var doc = docs[i];
                float tf = freqs is null ? 1 : freqs[i];
                sums[doc] += tf == 1 ? once[norms[doc]] : weight * tf / (tf + lengths[norms[doc]]);
            }

            return;
        }

        for (var i = 0; i < docs.Length; i++)
        {
            var doc = docs[i];
            float tf = freqs is null ? 1 : freqs[i];
            sums[doc] += weight * tf / (tf + (norms is null ? k1 : lengths[norms[doc]]));
        }
    }

    /// <summary>From this many postings a per-term table of the tf-1 parts costs less than the divisions it spares.</summary>
    private const int TabledPostings = 2048;

    private static void OfferAll(AtomicReaderContext leaf, IBits accepted, TopHits best, int top)
    {
        for (var doc = 0; doc < leaf.AtomicReader.MaxDoc && best.Count < top; doc++)
        {
            if (accepted.Get(doc))
            {
                best.Offer(leaf.DocBase + doc, 1f);
            }
        }
    }

    private static List<WeightedTerm> Weigh(IndexSearcher searcher, BooleanQuery query)
    {
        var similarity = SearchSimilarity.Instance;
        var reader = searcher.IndexReader;
        var lengthTables = LengthTables.OfReader(reader);
        var weighted = new List<WeightedTerm>();
        foreach (var (term, boost) in Flatten(query))
        {
            var postings = SegmentPostings.InReader(reader, term);
            var docFreq = postings.DocFreq;
            if (docFreq == 0)
            {
                continue;
            }

            if (!lengthTables.TryGetValue(term.Field, out var lengths))
            {
                lengths = lengthTables.GetOrAdd(term.Field, similarity.LengthTable(searcher.CollectionStatistics(term.Field)));
            }

            var idf = similarity.IdfOf(docFreq, reader.MaxDoc);
            weighted.Add(new WeightedTerm(term, idf * boost * (similarity.K1 + 1), lengths, postings));
        }

        return weighted;
    }

    private static IEnumerable<(Term Term, float Boost)> Flatten(BooleanQuery query)
    {
        foreach (var clause in query.Clauses)
        {
            if (clause.Occur != Occur.SHOULD)
            {
                throw new ArgumentException("Only SHOULD clauses can be scored as a disjunction.", nameof(query));
            }

            switch (clause.Query)
            {
                case TermQuery single:
                    yield return (single.Term, query.Boost * single.Boost);
                    break;
                case BooleanQuery part:
                    foreach (var inner in part.Clauses)
                    {
                        if (inner.Occur != Occur.SHOULD || inner.Query is not TermQuery term)
                        {
                            throw new ArgumentException("A clause group may only hold SHOULD term queries.", nameof(query));
                        }

                        yield return (term.Term, query.Boost * part.Boost * term.Boost);
                    }

                    break;
                default:
                    throw new ArgumentException($"Cannot score a {clause.Query.GetType().Name} as a disjunction.", nameof(query));
            }
        }
    }
}
