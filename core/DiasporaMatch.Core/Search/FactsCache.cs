using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace DiasporaMatch.Search;

/// <summary>
/// Decoded facts per index segment, keyed by the segment's core so it can never go stale: segments are
/// immutable, an update writes a new document in a new segment, and a merged-away segment's array is collected
/// with it. Each entry is decoded at most once (a racing double decode is harmless).
/// </summary>
public sealed class FactsCache<TFacts>
    where TFacts : class
{
    private readonly ConditionalWeakTable<object, TFacts?[]> _segments = [];

    public TFacts Get(AtomicReaderContext leaf, int localDoc)
    {
        var reader = leaf.AtomicReader;
        if (!_segments.TryGetValue(reader.CoreCacheKey, out var slots))
        {
            slots = _segments.GetValue(reader.CoreCacheKey, _ => new TFacts?[reader.MaxDoc]); // the closure only on a segment's first use
        }

        return slots[localDoc] ??= Decode(reader, localDoc);
    }

    /// <summary>Decodes every live document of the reader's segments, so the first queries pay nothing.</summary>
    public void Warm(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    Get(leaf, doc);
                }
            }
        }
    }

    private static TFacts Decode(AtomicReader reader, int localDoc)
    {
        var bytes = reader.Document(localDoc).GetBinaryValue(IndexFields.Facts);
        return FactsCodec.Decode<TFacts>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
    }
}
