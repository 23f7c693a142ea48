using DiasporaMatch.Ranking;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Internal;

namespace DiasporaMatch.Matching;

/// <summary>
/// Ranked lists already served, reused while nothing they depend on has changed: the need's stored version,
/// the ranker and its model version, the profiles index (any indexed change, erasures included), the decision
/// history, and at most <see cref="Lifetime"/> of clock time (track records depend on the date). When the index
/// or history moves on, every entry goes, so an erased expert never lingers here. A <see cref="MemoryCache"/>
/// bounded to <see cref="Capacity"/> lists keeps the memory in check: when full, a new list is not kept and the
/// least recently used lists are compacted away.
/// </summary>
public sealed class MatchCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    public const int Capacity = 10_000;

    private readonly MemoryCache _entries;
    private readonly Lock _generationLock = new();
    private (long Index, object? History) _generation;

    public MatchCache(TimeProvider time)
    {
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Capacity, Clock = new Clock(time) });
    }

    public IReadOnlyList<MatchResult>? Get(MatchKey key, long indexGeneration, object history)
    {
        Align(indexGeneration, history);
        return _entries.TryGetValue(key, out IReadOnlyList<MatchResult>? results) ? results : null;
    }

    public void Put(MatchKey key, long indexGeneration, object history, IReadOnlyList<MatchResult> results)
    {
        Align(indexGeneration, history);
        _entries.Set(key, results, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
    }

    /// <summary>How many lists are kept now (never more than <see cref="Capacity"/>).</summary>
    public int Count => _entries.Count;

    public void Dispose() => _entries.Dispose();

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

    /// <summary>The cache's expiry on the injected clock, so tests move time instead of waiting.</summary>
    private sealed class Clock(TimeProvider time) : ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}
