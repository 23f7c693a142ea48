namespace DiasporaMatch.Allocation;

/// <summary>An eligible expert for a need, with the ranker's score (higher is better): an edge of the candidate graph.</summary>
public sealed record AllocationCandidate(string NeedId, string ExpertId, double Score);
