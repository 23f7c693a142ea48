using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace DiasporaMatch.Search;

/// <summary>
/// A value computed once per segment core or per reader, owned by it: dropped when Lucene disposes the segment
/// core (merged away) or the reader (replaced by a refresh), as Lucene's own field cache purges itself. The
/// weak table behind it only covers readers Lucene gives no notice for (a reader that is not a segment).
/// </summary>
internal sealed class ReaderCache<T>(Func<IndexReader, T> create)
    where T : class
{
    private readonly ConditionalWeakTable<object, T> _entries = [];

    /// <summary>The segment core's value: shared by every reader of the segment, whatever its deletions.</summary>
    public T OfSegment(AtomicReader reader) => Get(reader.CoreCacheKey, reader);

    /// <summary>The reader's own value (a refresh opens a new reader, which starts empty).</summary>
    public T OfReader(IndexReader reader) => Get(reader, reader);

    /// <summary>Whether a value is held for <paramref name="key"/> (tests: dropped on dispose).</summary>
    internal bool Holds(object key) => _entries.TryGetValue(key, out _);

    /// <summary>The values held now, for diagnostics.</summary>
    internal IEnumerable<T> Values => _entries.Select(entry => entry.Value);

    private T Get(object key, IndexReader owner)
    {
        if (_entries.TryGetValue(key, out var value))
        {
            return value;
        }

        // First use of this segment or reader: rare, so a lock keeps creation and the listener single.
        lock (_entries)
        {
            if (_entries.TryGetValue(key, out value))
            {
                return value;
            }

            value = create(owner);
            _entries.Add(key, value);
            if (ReferenceEquals(key, owner))
            {
                owner.AddReaderDisposedListener(new DropReader(_entries));
            }
            else if (owner is SegmentReader segment)
            {
                segment.AddCoreDisposedListener(new DropCore(_entries));
            }

            return value;
        }
    }

    private sealed class DropReader(ConditionalWeakTable<object, T> entries) : IReaderDisposedListener
    {
        public void OnDispose(IndexReader reader) => entries.Remove(reader);
    }

    private sealed class DropCore(ConditionalWeakTable<object, T> entries) : SegmentReader.ICoreDisposedListener
    {
        public void OnDispose(object ownerCoreCacheKey) => entries.Remove(ownerCoreCacheKey);
    }
}
