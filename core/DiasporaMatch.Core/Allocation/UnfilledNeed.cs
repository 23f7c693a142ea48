namespace DiasporaMatch.Allocation;

/// <summary>A need the plan leaves with open positions, and why.</summary>
public sealed record UnfilledNeed(string NeedId, int Open, UnfilledReason Reason);
