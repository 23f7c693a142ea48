namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// The body of <c>POST /api/allocation/plans</c>: the needs (by id, or every open need overlapping from–to, or every
/// open need), K candidates per need, the ranker, an optional exposure cap, and pairs staff pin in or exclude.
/// </summary>
internal sealed record AllocationPlanRequest(
    IReadOnlyList<string>? NeedIds,
    DateOnly? From,
    DateOnly? To,
    int? Top,
    int? MaxPerExpert,
    string? Ranker,
    IReadOnlyList<AllocationPairBody>? Pin,
    IReadOnlyList<AllocationPairBody>? Exclude);
