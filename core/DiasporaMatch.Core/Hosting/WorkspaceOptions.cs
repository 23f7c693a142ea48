namespace DiasporaMatch.Hosting;

public sealed record WorkspaceOptions
{
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Seed for id tails and anything else random, so runs can be repeated.</summary>
    public int Seed { get; init; } = Environment.TickCount;

    public bool FlushToDisk { get; init; } = true;

    /// <summary>Overrides the bundled reference data folder (tests).</summary>
    public string? ReferenceFolder { get; init; }
}
