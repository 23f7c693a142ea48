using System.Collections.Concurrent;

namespace DiasporaMatch.Ranking.Learning;

/// <summary>The list last logged as served per need, to tell a new list from a repeat of it (same ranker, model, experts, features).</summary>
internal sealed class ServedLists
{
    /// <summary>Needs remembered at most; past it the memory starts over, which only means one more line logged per need.</summary>
    public const int Capacity = 100_000;

    private readonly ConcurrentDictionary<string, Served> _last = new(StringComparer.Ordinal);

    /// <summary>True (and remembered) when this list differs from the last one seen for the need.</summary>
    public bool IsNew(string needId, string ranker, string? model, IReadOnlyList<MatchResult> results)
    {
        var served = new Served(ranker, model, results);
        if (_last.TryGetValue(needId, out var last) && last.SameAs(served))
        {
            return false;
        }

        if (_last.Count >= Capacity)
        {
            _last.Clear();
        }

        _last[needId] = served;
        return true;
    }

    public void Clear() => _last.Clear();

    private sealed record Served(string Ranker, string? Model, IReadOnlyList<MatchResult> Results)
    {
        public bool SameAs(Served other) =>
            Ranker == other.Ranker && Model == other.Model
            && (ReferenceEquals(Results, other.Results) || (Results.Count == other.Results.Count && Results.Zip(other.Results).All(p => Same(p.First, p.Second))));

        private static bool Same(MatchResult a, MatchResult b) =>
            a.Rank == b.Rank && a.ExpertId == b.ExpertId && a.RetrievalScore.Equals(b.RetrievalScore) && a.Features.AsSpan().SequenceEqual(b.Features);
    }
}
