using DiasporaMatch.Hosting;
using DiasporaMatch.Notifications;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiasporaMatch.Api;

/// <summary>
/// Sends the outbox's notifications while the host runs (<see cref="NotificationSender"/>): one pass, then a wait
/// of the poll interval on the injected clock. Off when no SMTP host is configured. A failed pass is logged and
/// the next one tries again: what it could not send stays pending in the store.
/// </summary>
internal sealed partial class NotificationDelivery(Workspace workspace, IOptions<NotificationMailOptions> options, TimeProvider time, ILogger<NotificationDelivery> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var outbox = new NotificationOutbox(workspace.Store, time);
        var sender = new NotificationSender(outbox, new NotificationRenderer(workspace.Store, settings, time), settings, time);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await sender.DrainOnceAsync(stoppingToken);
                if (sent > 0)
                {
                    Sent(logger, sent);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                PassFailed(logger, ex);
            }

            try
            {
                await Task.Delay(settings.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Count} notification(s)")]
    private static partial void Sent(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A notification pass failed; the next pass retries")]
    private static partial void PassFailed(ILogger logger, Exception exception);
}
