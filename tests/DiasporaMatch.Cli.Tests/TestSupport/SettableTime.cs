namespace DiasporaMatch.Cli.TestSupport;

/// <summary>A clock a test moves by hand: the host reads "today" from it (bearer tokens are still checked against the real clock).</summary>
public sealed class SettableTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
