namespace DiasporaMatch.Storage;

/// <summary>Jittered waits between retries of a lost conditional write, so racing writers spread out instead of colliding again.</summary>
internal static class Backoff
{
    public const int MaxAttempts = 200;

    // Real time on purpose: this paces retries, it is not business time (a manual test clock would never move).
    public static Task DelayAsync(int attempt, CancellationToken cancellationToken) =>
        attempt < 2
            ? Task.Delay(0, cancellationToken)
            : Task.Delay(Random.Shared.Next(1, 2 + (2 << Math.Min(attempt, 4))), cancellationToken);
}
