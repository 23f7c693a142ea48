using System.Text.RegularExpressions;
using Azure.Storage.Queues;
using DiasporaMatch.Notifications;

namespace DiasporaMatch.Azure.Notifications;

/// <summary>
/// The Azure path of notification delivery on Azure Queue Storage: <see cref="EnqueueDueAsync"/> puts the id
/// of every due notification on the queue (a timer), <see cref="DeliverAsync"/> sends the one a message names
/// (a queue trigger). The message holds an id only; <see cref="NotificationSender.DeliverAsync"/> records the
/// outcome before the message is acknowledged and sends nothing for a notification already settled, so the
/// queue's at-least-once delivery never repeats a mail.
/// </summary>
public sealed partial class NotificationQueue(QueueClient queue, NotificationSender sender)
{
    /// <summary>The queue's name, and the connection setting's name (NotificationQueue, NotificationQueue__queueServiceUri...).</summary>
    public const string Name = "notifications";
    public const string Connection = "NotificationQueue";

    /// <summary>The Functions queue trigger reads base64 bodies by default; the sender writes them so.</summary>
    public static QueueClientOptions ClientOptions() => new() { MessageEncoding = QueueMessageEncoding.Base64 };

    public async Task<int> EnqueueDueAsync(CancellationToken cancellationToken = default)
    {
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken); // infra creates it; this covers Azurite
        return await sender.EnqueueDueAsync((id, token) => queue.SendMessageAsync(id, cancellationToken: token), cancellationToken);
    }

    /// <summary>
    /// Delivers the notification the message names; true when this call sent it. A body that is not a
    /// notification id is refused (false, nothing read): retrying it could never succeed.
    /// </summary>
    public Task<bool> DeliverAsync(string message, CancellationToken cancellationToken = default) =>
        IsNotificationId(message) ? sender.DeliverAsync(message, cancellationToken) : Task.FromResult(false);

    public static bool IsNotificationId(string? message) => message is not null && NotificationIdPattern().IsMatch(message);

    [GeneratedRegex(@"^NT-[0-9a-f]{32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex NotificationIdPattern();
}
