namespace DiasporaMatch.Privacy;

/// <summary>
/// The erasure journal (kind <c>erasures</c>, id = tombstone): written before anything is erased, so a crash
/// part-way is resumed, not forgotten. <see cref="ExpertId"/> is kept only while pending (the steps must know
/// whom to erase) and removed when the erasure finishes.
/// </summary>
public sealed record ErasureEntry
{
    public const string Pending = "pending";
    public const string Done = "done";

    public string Id { get; init; } = "";

    public string State { get; init; } = Pending;

    public string? ExpertId { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }
}
