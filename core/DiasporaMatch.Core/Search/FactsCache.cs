using System.Runtime.CompilerServices;
using DiasporaMatch.Facts;
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
    private static readonly object Warmed = new();
    private readonly ConditionalWeakTable<object, object> _warmed = [];

    public TFacts Get(AtomicReaderContext leaf, int localDoc)
    {
        var reader = leaf.AtomicReader;
        if (!_segments.TryGetValue(reader.CoreCacheKey, out var slots))
        {
            slots = FirstUse(reader);
        }

        return slots[localDoc] ??= Decode(reader, localDoc);
    }

    // Apart, so the lambda's closure is allocated on a segment's first use only, not on every call.
    private TFacts?[] FirstUse(AtomicReader reader) => _segments.GetValue(reader.CoreCacheKey, _ => new TFacts?[reader.MaxDoc]);

    /// <summary>How many documents' facts are decoded now, over every segment still referenced (a linear count: for diagnostics and tests).</summary>
    public int Decoded => _segments.Sum(segment => segment.Value.Count(facts => facts is not null));

    /// <summary>
    /// Decodes every live document of the reader's segments, so the first queries pay nothing. A segment warmed
    /// once is skipped from then on (its documents never change, deletions only remove), so warming after each
    /// refresh costs the new and merged segments only.
    /// </summary>
    public void Warm(IndexReader reader, CancellationToken cancellationToken)
    {
        foreach (var leaf in reader.Leaves)
        {
            if (_warmed.TryGetValue(leaf.AtomicReader.CoreCacheKey, out _))
            {
                continue;
            }

            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (live is null || live.Get(doc))
                {
                    Get(leaf, doc);
                }
            }

            _warmed.TryAdd(leaf.AtomicReader.CoreCacheKey, Warmed);
        }
    }

    private static TFacts Decode(AtomicReader reader, int localDoc)
    {
        var bytes = reader.Document(localDoc).GetBinaryValue(IndexFields.Facts);
        return FactsCodec.Decode<TFacts>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
    }
}
