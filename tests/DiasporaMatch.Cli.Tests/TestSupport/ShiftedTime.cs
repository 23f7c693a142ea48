namespace DiasporaMatch.Cli.TestSupport;

/// <summary>The system clock moved by a fixed offset: a token "issued" seconds before or after now, without waiting.</summary>
public sealed class ShiftedTime(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
