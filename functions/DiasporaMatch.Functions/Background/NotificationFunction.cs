using DiasporaMatch.Azure.Notifications;
using DiasporaMatch.Notifications;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiasporaMatch.Functions.Background;

/// <summary>
/// Notification delivery in the Azure app (<see cref="NotificationQueue"/>): every minute the due notifications'
/// ids go on the <c>notifications</c> queue; each message sends one, idempotently. Both do nothing while no SMTP
/// host is configured.
/// </summary>
public sealed partial class NotificationFunction(IServiceProvider services, IOptions<NotificationMailOptions> options, ILogger<NotificationFunction> logger)
{
    [Function(nameof(QueueNotifications))]
    public async Task QueueNotifications([TimerTrigger("0 * * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (Queue() is { } queue)
        {
            Queued(logger, await queue.EnqueueDueAsync(cancellationToken), timer.IsPastDue);
        }
    }

    [Function(nameof(DeliverNotification))]
    public async Task DeliverNotification([QueueTrigger(NotificationQueue.Name, Connection = NotificationQueue.Connection)] string message, CancellationToken cancellationToken)
    {
        // Returning acknowledges the message: the outcome is already in the store (sent, retried later, or failed).
        if (Queue() is { } queue && !await queue.DeliverAsync(message, cancellationToken))
        {
            NotSent(logger, message.Length > 40 ? message[..40] : message);
        }
    }

    // Resolved only when mail is on: without it the queue connection need not be configured at all.
    private NotificationQueue? Queue() => options.Value.Enabled ? services.GetRequiredService<NotificationQueue>() : null;

    [LoggerMessage(LogLevel.Information, "Queued {Count} notification(s) for delivery (late run: {Late})")]
    private static partial void Queued(ILogger logger, int count, bool late);

    [LoggerMessage(LogLevel.Information, "Notification message {Message} sent nothing: already settled, held, backing off, or not a notification id")]
    private static partial void NotSent(ILogger logger, string message);
}
