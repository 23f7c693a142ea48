using DiasporaMatch.Matching;
using DiasporaMatch.Ranking;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Matching;

public sealed class MatchCacheTests
{
    private static readonly MatchKey Key = new("N-1", "v1", RankerNames.Baseline, null, 20);
    private static readonly IReadOnlyList<MatchResult> Results = [new MatchResult(1, "E-1", 1.5, ["covers 1 of 1 required skills"], [1f])];

    private readonly ManualTimeProvider _time = new(DateTimeOffset.Parse("2027-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly object _history = new();

    [Fact]
    public void Get_SameKeyIndexAndHistory_ServedAgain()
    {
        using var cache = new MatchCache(_time);
        cache.Put(Key, 7, _history, Results);

        Assert.Same(Results, cache.Get(Key, 7, _history));
        Assert.Null(cache.Get(Key with { NeedVersion = "v2" }, 7, _history));
        Assert.Null(cache.Get(Key with { ModelVersion = "m2" }, 7, _history));
    }

    [Fact]
    public void Get_IndexMovedOn_EverythingForgotten()
    {
        using var cache = new MatchCache(_time);
        cache.Put(Key, 7, _history, Results);

        Assert.Null(cache.Get(Key, 8, _history));
        Assert.Null(cache.Get(Key, 7, _history)); // cleared, not merely missed: an erased expert leaves no copy
    }

    [Fact]
    public void Get_NewDecisionHistory_Missed()
    {
        using var cache = new MatchCache(_time);
        cache.Put(Key, 7, _history, Results);

        Assert.Null(cache.Get(Key, 7, new object()));
    }

    [Fact]
    public void Get_AfterLifetime_Missed()
    {
        using var cache = new MatchCache(_time);
        cache.Put(Key, 7, _history, Results);
        _time.Advance(MatchCache.Lifetime);

        Assert.Null(cache.Get(Key, 7, _history));
    }

    [Fact]
    public void Put_MoreListsThanCapacity_NeverHoldsMore()
    {
        using var cache = new MatchCache(_time);
        for (var i = 0; i < MatchCache.Capacity + 500; i++)
        {
            cache.Put(Key with { NeedId = $"N-{i}" }, 7, _history, Results);
        }

        Assert.InRange(cache.Count, 1, MatchCache.Capacity);
        Assert.Same(Results, cache.Get(Key with { NeedId = "N-0" }, 7, _history) ?? cache.Get(Key with { NeedId = $"N-{MatchCache.Capacity - 1}" }, 7, _history));
    }
}
