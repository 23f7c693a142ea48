namespace DiasporaMatch.Notifications;

/// <summary>When the outbox first saw a need (kind <see cref="NotificationOutbox.WatchKind"/>, id = the need's).</summary>
internal sealed record NeedWatch
{
    public string NeedId { get; init; } = "";

    public DateTimeOffset Since { get; init; }
}
