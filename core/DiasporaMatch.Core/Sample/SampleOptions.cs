namespace DiasporaMatch.Sample;

public sealed record SampleOptions
{
    public int Seed { get; init; } = 20261130;

    public int Experts { get; init; } = 2000;

    public int Organisations { get; init; } = 40;

    public int Needs { get; init; } = 200;

    public int Opportunities { get; init; } = 80;

    public int Decisions { get; init; } = 3000;

    /// <summary>Needs are posted over the 18 months before this day; decisions follow them.</summary>
    public DateOnly Today { get; init; } = new(2026, 11, 1);
}
