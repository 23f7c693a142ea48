using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DiasporaMatch.Search;

/// <summary>
/// A filter that is an AND of groups, each group an OR of terms. Each term's documents are cached as a bitset
/// per segment core (segments are immutable; live docs are applied per query), so a query's filter costs a few
/// word-wise ORs and ANDs instead of walking postings that cover most of the index.
/// </summary>
public sealed class TermBitsetFilter(IReadOnlyList<IReadOnlyList<Term>> groups) : Filter
{
    private static readonly ReaderCache<ConcurrentDictionary<Term, FixedBitSet>> Cache = new(_ => new ConcurrentDictionary<Term, FixedBitSet>());

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) =>
        BitsFilteredDocIdSet.Wrap(Combine(context.AtomicReader), acceptDocs);

    /// <summary>The segment's documents passing the filter and <paramref name="liveDocs"/>, as one bitset to walk word by word.</summary>
    public FixedBitSet Accepted(AtomicReaderContext context, IBits? liveDocs)
    {
        var result = Combine(context.AtomicReader);
        if (liveDocs is FixedBitSet live)
        {
            result.And(live);
        }
        else if (liveDocs is not null)
        {
            for (var doc = result.NextSetBit(0); doc >= 0; doc = doc + 1 < result.Length ? result.NextSetBit(doc + 1) : -1)
            {
                if (!liveDocs.Get(doc))
                {
                    result.Clear(doc);
                }
            }
        }

        return result;
    }

    /// <summary>A fresh bitset: the AND of the groups' ORs (every document when there are no groups).</summary>
    private FixedBitSet Combine(AtomicReader reader)
    {
        FixedBitSet? result = null;
        foreach (var group in groups)
        {
            FixedBitSet? any = null;
            foreach (var term in group)
            {
                var bits = BitsOf(reader, term);
                if (any is null)
                {
                    any = (FixedBitSet)bits.Clone();
                }
                else
                {
                    any.Or(bits);
                }
            }

            any ??= new FixedBitSet(reader.MaxDoc);
            if (result is null)
            {
                result = any;
            }
            else
            {
                result.And(any);
            }
        }

        return result ?? AllSet(reader.MaxDoc);
    }

    private static FixedBitSet BitsOf(AtomicReader reader, Term term)
    {
        var perTerm = Cache.OfSegment(reader);
        if (perTerm.TryGetValue(term, out var known))
        {
            return known;
        }

        return perTerm.GetOrAdd(term, t =>
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            var docs = reader.GetTermDocsEnum(t);
            if (docs is not null)
            {
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    bits.Set(doc);
                }
            }

            return bits;
        });
    }

    private static FixedBitSet AllSet(int maxDoc)
    {
        var bits = new FixedBitSet(maxDoc);
        bits.Set(0, maxDoc);
        return bits;
    }
}
