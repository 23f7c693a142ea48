namespace DiasporaMatch.Api.Contracts;

/// <summary>Ranked experts for a need; <c>note</c> says why another ranker than the one asked for served it.</summary>
internal sealed record MatchList(string NeedId, string Ranker, string? ModelVersion, string? Note, IReadOnlyList<RankedExpert> Results);
