namespace DiasporaMatch.Allocation;

/// <summary>How a plan is made.</summary>
public sealed record AllocationOptions
{
    /// <summary>Fair exposure: at most this many rows per expert in one plan (none: only dates limit it).</summary>
    public int? MaxPerExpert { get; init; }

    /// <summary>When the solver stops and returns the best plan found so far (marked not optimal).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The solver's seed. It searches with every core, so of several plans of equal quality either may come back.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Pairs every plan must hold (a hard constraint; pins that cannot all hold are refused).</summary>
    public IReadOnlyList<AllocationPair> Pins { get; init; } = [];

    /// <summary>Pairs no plan may hold.</summary>
    public IReadOnlyList<AllocationPair> Excludes { get; init; } = [];
}
