namespace DiasporaMatch.Allocation;

/// <summary>A (need, expert) pair staff pin into a plan or exclude from it.</summary>
public sealed record AllocationPair(string NeedId, string ExpertId);
