namespace DiasporaMatch.Allocation;

/// <summary>
/// Which needs to plan: the listed ones, or every open need whose window overlaps <see cref="From"/>–<see cref="To"/>
/// (every open need when neither is given); each need's top <see cref="Top"/> eligible experts by <see cref="Ranker"/>.
/// </summary>
public sealed record AllocationRequest
{
    public IReadOnlyList<string> NeedIds { get; init; } = [];

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Top { get; init; } = 50;

    public string Ranker { get; init; } = Ranking.RankerNames.Baseline;

    public AllocationOptions Options { get; init; } = new();
}
