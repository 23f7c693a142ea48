namespace DiasporaMatch.Allocation;

/// <summary>What a per-expert cap costs: the plan's quality under it (null: no cap), as a share of the uncapped plan's, and its concentration.</summary>
public sealed record CapCost(int? Cap, long Quality, double ShareOfUncapped, double Gini, double Coverage);
