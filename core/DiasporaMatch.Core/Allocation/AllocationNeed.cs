using DiasporaMatch.Profiles;

namespace DiasporaMatch.Allocation;

/// <summary>A need to fill: its open positions, its window (missions on overlapping windows cannot share an expert) and an optional minimum score.</summary>
public sealed record AllocationNeed(string Id, int Positions, DateRange? Window, double? MinScore = null);
