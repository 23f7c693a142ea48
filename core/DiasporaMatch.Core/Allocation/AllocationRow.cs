namespace DiasporaMatch.Allocation;

/// <summary>One expert planned onto one need.</summary>
public sealed record AllocationRow(string NeedId, string ExpertId, double Score);
