namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// Needs or opportunities suggested to an expert; <c>note</c> says why another ranker than the one asked for served
/// it; <c>emptyReason</c>, only when there are no results, says why as a stable code (<see cref="Ranking.EmptySuggestions"/>).
/// </summary>
internal sealed record SuggestionList(string ExpertId, string Ranker, string? ModelVersion, string? Note, IReadOnlyList<SuggestedItem> Results, string? EmptyReason);
