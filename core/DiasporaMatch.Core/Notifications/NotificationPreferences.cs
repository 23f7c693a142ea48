namespace DiasporaMatch.Notifications;

/// <summary>
/// One person's email choices (kind <see cref="NotificationPreferenceStore.Kind"/>, id = role.recipient). Email is
/// on for every category unless listed in <see cref="EmailOff"/>; the in-app list always keeps everything.
/// </summary>
public sealed record NotificationPreferences
{
    public string Role { get; init; } = "";

    public string RecipientId { get; init; } = "";

    /// <summary>The categories (<see cref="NotificationCategories"/>) not sent by email.</summary>
    public IReadOnlyList<string> EmailOff { get; init; } = [];

    /// <summary>One message a day gathering the day's notifications, instead of one message each.</summary>
    public bool Digest { get; init; }

    public bool Emails(string category) => !EmailOff.Contains(category, StringComparer.Ordinal);
}
