using System.Net.Sockets;
using System.Threading.Channels;
using DiasporaMatch.Storage;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace DiasporaMatch.Notifications;

/// <summary>
/// Delivers due notifications over SMTP, at most once per notification as far as this side can tell: a sender
/// first claims the notification (a conditional write: of two senders, one wins), sends it with its id as the
/// Message-ID, then records it sent. A sender that dies after claiming leaves a lease that expires, and the next
/// sender sends it then; only a death between the server's acceptance and the record can repeat a message, and
/// the repeat carries the same Message-ID, which mail systems use to drop duplicates. Failures (a refused
/// recipient, a server down) are recorded and retried with exponential backoff, up to the allowed attempts.
/// </summary>
public sealed class NotificationSender(NotificationOutbox outbox, NotificationRenderer renderer, NotificationMailOptions options, TimeProvider time)
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromHours(12);

    /// <summary>One pass: derive new notifications, send every due one; returns how many were sent.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken = default)
    {
        await outbox.PumpAsync(cancellationToken);
        await outbox.RemindAsync(cancellationToken);
        // A few workers, each with its own SMTP connection: while one waits for the server or a disk sync, the
        // others go on, and their store writes share the change log's group commits.
        var due = Channel.CreateUnbounded<(Notification Notification, string Version)>(new UnboundedChannelOptions { SingleWriter = true });
        var scan = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var item in outbox.ScanAsync(cancellationToken))
                    {
                        if (IsDue(item.Notification))
                        {
                            due.Writer.TryWrite(item);
                        }
                    }
                }
                finally
                {
                    due.Writer.TryComplete();
                }
            },
            cancellationToken);
        var sent = await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => WorkAsync(due.Reader, cancellationToken)));
        await scan;
        return sent.Sum();
    }

    private bool IsDue(Notification notification)
    {
        var now = time.GetUtcNow();
        return notification.Status == NotificationStatus.Pending && notification.NextAttemptAt <= now && !(notification.ClaimedUntil > now);
    }

    private async Task<int> WorkAsync(ChannelReader<(Notification Notification, string Version)> due, CancellationToken cancellationToken)
    {
        var sent = 0;
        SmtpClient? client = null;
        try
        {
            await foreach (var (notification, version) in due.ReadAllAsync(cancellationToken))
            {
                if (!IsDue(notification))
                {
                    continue;
                }

                var claimed = notification with { Attempts = notification.Attempts + 1, ClaimedUntil = time.GetUtcNow() + options.Lease };
                string claimedVersion;
                try
                {
                    claimedVersion = await outbox.ReplaceAsync(claimed, version, cancellationToken);
                }
                catch (DocumentConflictException)
                {
                    continue; // another sender took it
                }

                var (message, problem) = await renderer.RenderAsync(claimed, cancellationToken);
                if (message is null)
                {
                    await SettleAsync(claimed with { Status = NotificationStatus.Failed, ClaimedUntil = null, LastError = problem }, claimedVersion, cancellationToken);
                    continue;
                }

                try
                {
                    client ??= await ConnectAsync(cancellationToken);
                    await client.SendAsync(message, cancellationToken);
                }
                catch (Exception ex) when (IsDeliveryFailure(ex))
                {
                    await SettleAsync(RetryLater(claimed, Describe(ex)), claimedVersion, cancellationToken);
                    client?.Dispose();
                    client = null;
                    if (ex is not SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted })
                    {
                        break; // the server is the problem, not this message: the rest waits for the next pass
                    }

                    continue;
                }

                await SettleAsync(claimed with { Status = NotificationStatus.Sent, SentAt = time.GetUtcNow(), ClaimedUntil = null, LastError = null }, claimedVersion, cancellationToken);
                sent++;
            }
        }
        finally
        {
            if (client is not null)
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true, CancellationToken.None);
                }

                client.Dispose();
            }
        }

        return sent;
    }

    private Notification RetryLater(Notification claimed, string error)
    {
        var delay = options.RetryDelay * Math.Pow(2, Math.Min(claimed.Attempts - 1, 20));
        return claimed with
        {
            Status = claimed.Attempts >= options.MaxAttempts ? NotificationStatus.Failed : NotificationStatus.Pending,
            NextAttemptAt = time.GetUtcNow() + (delay < MaxDelay ? delay : MaxDelay),
            ClaimedUntil = null,
            LastError = NotificationText.Clean(error),
        };
    }

    private async Task SettleAsync(Notification settled, string claimedVersion, CancellationToken cancellationToken)
    {
        try
        {
            await outbox.ReplaceAsync(settled, claimedVersion, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // The lease ran out and another sender took it over: its record wins.
        }
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await client.ConnectAsync(options.Host!, options.Port, options.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>The server's reply code leads: it says whether the failure is temporary (4xx) or not (5xx).</summary>
    private static string Describe(Exception ex) =>
        ex is SmtpCommandException command ? $"{(int)command.StatusCode} {command.Message}" : ex.Message;

    private static bool IsDeliveryFailure(Exception ex) =>
        ex is IOException or SocketException or TimeoutException or CommandException or ProtocolException
            or AuthenticationException or SslHandshakeException or ServiceNotConnectedException;
}
