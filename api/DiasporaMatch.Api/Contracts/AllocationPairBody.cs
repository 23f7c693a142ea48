namespace DiasporaMatch.Api.Contracts;

/// <summary>A (need, expert) pair in a plan request: pinned in, or excluded.</summary>
internal sealed record AllocationPairBody(string NeedId, string ExpertId);
