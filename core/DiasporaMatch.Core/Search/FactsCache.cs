using Lucene.Net.Index;

namespace DiasporaMatch.Search;

/// <summary>
/// Decoded facts per index segment, keyed by the segment's core so it can never go stale: segments are
/// immutable, an update writes a new document in a new segment, and a merged-away segment's array goes with it
/// (<see cref="ReaderCache{T}"/>). Each entry is decoded at most once (a racing double decode is harmless).
/// </summary>
public sealed class FactsCache<TFacts>
    where TFacts : class
{
    private readonly ReaderCache<Segment> _segments = new(reader => new Segment(reader.MaxDoc));

    public TFacts Get(AtomicReaderContext leaf, int localDoc)
    {
        var reader = leaf.AtomicReader;
        var slots = _segments.OfSegment(reader).Slots;
        return slots[localDoc] ??= Decode(reader, localDoc);
    }

    /// <summary>How many documents' facts are decoded now, over every segment still open (a linear count: for diagnostics and tests).</summary>
    public int Decoded => _segments.Values.Sum(segment => segment.Slots.Count(facts => facts is not null));

    /// <summary>
    /// Decodes every live document of the reader's segments, so the first queries pay nothing. A segment warmed
    /// once is skipped from then on (its documents never change, deletions only remove), so warming after each
    /// refresh costs the new and merged segments only.
    /// </summary>
    public void Warm(IndexReader reader, CancellationToken cancellationToken)
    {
        foreach (var leaf in reader.Leaves)
        {
            var segment = _segments.OfSegment(leaf.AtomicReader);
            if (segment.Warmed)
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

            segment.Warmed = true; // a racing second warm only decodes nothing new
        }
    }

    private static TFacts Decode(AtomicReader reader, int localDoc) => StoredFacts.Read<TFacts>(reader.Document(localDoc));

    private sealed class Segment(int maxDoc)
    {
        public TFacts?[] Slots { get; } = new TFacts?[maxDoc];

        public bool Warmed { get; set; }
    }
}
