namespace DiasporaMatch.Search;

/// <summary>
/// The best <c>capacity</c> of many offered items in <c>order</c> (best first), in the framework's priority queue
/// with the worst kept item at its head: most offers stop at one comparison with it. The one top-k selector:
/// retrieval keeps its hits with it (<see cref="TopHits"/>), ranking its candidates (<c>Ranking/TopRanked</c>).
/// </summary>
internal sealed class TopK<T>
{
    private readonly int _capacity;
    private readonly IComparer<T> _order;
    private readonly PriorityQueue<T, T> _kept;

    public TopK(int capacity, IComparer<T> order)
    {
        _capacity = Math.Max(0, capacity);
        _order = order;
        _kept = new PriorityQueue<T, T>(_capacity, Comparer<T>.Create((a, b) => order.Compare(b, a))); // worst first
    }

    public int Count => _kept.Count;

    public bool IsFull => _kept.Count >= _capacity;

    /// <summary>The weakest item kept; only when <see cref="Count"/> is above 0.</summary>
    public T Worst => _kept.Peek();

    public void Offer(T item)
    {
        if (_kept.Count < _capacity)
        {
            _kept.Enqueue(item, item);
        }
        else if (_capacity > 0 && _order.Compare(item, _kept.Peek()) < 0)
        {
            _kept.EnqueueDequeue(item, item);
        }
    }

    /// <summary>The kept items, best first.</summary>
    public T[] ToArray()
    {
        var items = _kept.UnorderedItems.Select(x => x.Element).ToArray();
        Array.Sort(items, _order);
        return items;
    }
}
