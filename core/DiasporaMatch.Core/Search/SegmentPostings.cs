using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DiasporaMatch.Search;

/// <summary>
/// Postings and norms of a segment as flat arrays, decoded once per segment core and term. Segments are
/// immutable (deletions live in live docs, applied per query), so an entry can never go stale, and a segment
/// merged away takes its entries with it (<see cref="ReaderCache{T}"/>). Only queried terms are decoded.
/// </summary>
public static class SegmentPostings
{
    /// <summary>
    /// Absent terms are remembered too, up to this many per segment: a query's words that no profile uses would
    /// otherwise seek the term dictionary (and allocate a terms enumerator) on every query; the bound keeps
    /// hostile or random words from growing the cache without limit.
    /// </summary>
    public const int MaxAbsentPerSegment = 100_000;

    /// <summary>
    /// Terms remembered per reader, at most: random or hostile words cannot grow it without limit. When full it
    /// starts afresh, so the terms in use come back on their next query.
    /// </summary>
    public const int MaxRememberedPerReader = 200_000;

    private static readonly ReaderCache<SegmentTerms> Terms = new(_ => new SegmentTerms());
    private static readonly ReaderCache<ConcurrentDictionary<Term, ReaderPostings>> InReaders = new(_ => new ConcurrentDictionary<Term, ReaderPostings>());
    private static readonly ReaderCache<ConcurrentDictionary<string, byte[]?>> Norms = new(_ => new ConcurrentDictionary<string, byte[]?>(StringComparer.Ordinal));

    /// <summary>
    /// The term's postings in the segment, deleted documents included (they are filtered per query by live docs),
    /// so the lengths add up to Lucene's own document frequency.
    /// </summary>
    public static TermPostings Of(AtomicReader reader, Term term)
    {
        var segment = Terms.OfSegment(reader);
        if (segment.Postings.TryGetValue(term, out var postings))
        {
            return postings;
        }

        postings = Decode(reader, term);
        if (postings.Docs.Length > 0)
        {
            return segment.Postings.GetOrAdd(term, postings);
        }

        if (Interlocked.Increment(ref segment.Absent) <= MaxAbsentPerSegment)
        {
            segment.Postings.TryAdd(term, postings);
        }

        return postings;
    }

    /// <summary>
    /// Documents containing the term across the reader's segments, as <see cref="IndexReader.DocFreq"/> counts them.
    /// </summary>
    public static int DocFreq(IndexReader reader, Term term) => InReader(reader, term).DocFreq;

    /// <summary>
    /// The term's postings in each of the reader's segments, remembered per reader (a refresh brings a new one):
    /// a query's terms then cost one lookup each, not one per segment, and a term absent from some segment is
    /// not looked for there again.
    /// </summary>
    public static ReaderPostings InReader(IndexReader reader, Term term)
    {
        var remembered = InReaders.OfReader(reader);
        if (remembered.TryGetValue(term, out var known))
        {
            return known;
        }

        var leaves = reader.Leaves;
        var perLeaf = new TermPostings[leaves.Count];
        for (var i = 0; i < perLeaf.Length; i++)
        {
            perLeaf[i] = Of(leaves[i].AtomicReader, term);
        }

        if (remembered.Count >= MaxRememberedPerReader)
        {
            remembered.Clear();
        }

        return remembered.GetOrAdd(term, new ReaderPostings(perLeaf));
    }

    /// <summary>How many terms the reader remembers now (tests: the bound holds).</summary>
    internal static int RememberedCount(IndexReader reader) => InReaders.Holds(reader) ? InReaders.OfReader(reader).Count : 0;

    /// <summary>The field's one-byte length norm per document, or null when the field omits norms.</summary>
    public static byte[]? NormsOf(AtomicReader reader, string field)
    {
        var norms = Norms.OfSegment(reader);
        return norms.TryGetValue(field, out var known) ? known : FirstNorms(norms, reader, field);
    }

    // Apart, so the lambda's closure is allocated on a field's first use only, not on every call.
    private static byte[]? FirstNorms(ConcurrentDictionary<string, byte[]?> norms, AtomicReader reader, string field) =>
        norms.GetOrAdd(field, static (f, r) => DecodeNorms(r, f), reader);

    private static TermPostings Decode(AtomicReader reader, Term term)
    {
        var termsEnum = reader.GetTerms(term.Field)?.GetEnumerator();
        if (termsEnum is null || !termsEnum.SeekExact(term.Bytes))
        {
            return TermPostings.Empty;
        }

        var withFreqs = reader.FieldInfos.FieldInfo(term.Field)?.IndexOptions is { } options && options != IndexOptions.DOCS_ONLY;
        var docsEnum = termsEnum.Docs(null, null, withFreqs ? DocsFlags.FREQS : DocsFlags.NONE);
        var docs = new List<int>();
        var freqs = withFreqs ? new List<ushort>() : null;
        for (var doc = docsEnum.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docsEnum.NextDoc())
        {
            docs.Add(doc);
            freqs?.Add((ushort)Math.Min(docsEnum.Freq, ushort.MaxValue)); // beyond 65,535 BM25 has long saturated
        }

        return new TermPostings([.. docs], freqs is null ? null : [.. freqs]);
    }

    private static byte[]? DecodeNorms(AtomicReader reader, string field)
    {
        var values = reader.GetNormValues(field);
        if (values is null)
        {
            return null;
        }

        var norms = new byte[reader.MaxDoc];
        for (var doc = 0; doc < norms.Length; doc++)
        {
            norms[doc] = (byte)values.Get(doc);
        }

        return norms;
    }

    private sealed class SegmentTerms
    {
        public readonly ConcurrentDictionary<Term, TermPostings> Postings = new();
        public int Absent;
    }
}
