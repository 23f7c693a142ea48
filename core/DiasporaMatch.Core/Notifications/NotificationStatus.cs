namespace DiasporaMatch.Notifications;

public static class NotificationStatus
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";

    /// <summary>Not emailed: the recipient turned the category off (still in their in-app list).</summary>
    public const string Suppressed = "suppressed";

    /// <summary>Waiting for the recipient's daily digest.</summary>
    public const string Digest = "digest";
}
