namespace DiasporaMatch.Api.Contracts;

/// <summary>An applied plan: the shortlisted assignments it opened, one per accepted row.</summary>
internal sealed record AllocationApplyResult(string PlanId, IReadOnlyList<string> Assignments, DateTimeOffset AppliedAt);
