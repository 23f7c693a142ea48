namespace DiasporaMatch.Api.Contracts;

/// <summary>The pair marked "not the same person" (ids in ordinal order), when, and whether this call marked it (false: marked before).</summary>
internal sealed record DistinctResult(IReadOnlyList<string> Experts, DateTimeOffset At, bool Created);
