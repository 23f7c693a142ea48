using System.Collections.Concurrent;
using DiasporaMatch.Ranking;


namespace DiasporaMatch.Matching;

/// <summary>
/// Ranked lists already served, reused while nothing they depend on has changed: the need's stored version,
/// the ranker and its model version, the profiles index (any indexed change, erasures included), the decision
/// history, and at most <see cref="Lifetime"/> of clock time (track records depend on the date). When the index
/// or history moves on, every entry goes, so an erased expert never lingers here.
/// </summary>
public sealed class MatchCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<MatchKey, Entry> _entries = new();
    private readonly Lock _generationLock = new();
    private (long Index, object? History) _generation;

    public IReadOnlyList<MatchResult>? Get(MatchKey key, long indexGeneration, object history)
    {
        Align(indexGeneration, history);
        return _entries.TryGetValue(key, out var entry) && entry.Expires > time.GetUtcNow() ? entry.Results : null;
    }

    public void Put(MatchKey key, long indexGeneration, object history, IReadOnlyList<MatchResult> results)
    {
        Align(indexGeneration, history);
        if (_entries.Count >= Capacity)
        {
            _entries.Clear(); // a crude bound: hot needs come back at once
        }

        _entries[key] = new Entry(results, time.GetUtcNow() + Lifetime);
    }

    private void Align(long indexGeneration, object history)
    {
        lock (_generationLock)
        {
            if (_generation.Index != indexGeneration || !ReferenceEquals(_generation.History, history))
            {
                _entries.Clear();
                _generation = (indexGeneration, history);
            }
        }
    }

    private sealed record Entry(IReadOnlyList<MatchResult> Results, DateTimeOffset Expires);
}
