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
    private readonly NotificationPreferenceStore _preferences = new(outbox.Store);

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
        return sent.Sum() + await DigestAsync(cancellationToken);
    }

    /// <summary>
    /// From <see cref="NotificationMailOptions.DigestHour"/> on each day, one message per recipient gathering what
    /// waited for their digest before that hour; each gathered notification is then recorded sent. The digest's
    /// Message-ID is a function of the recipient and the day, so a repeat after a crash is a duplicate mail systems
    /// drop, as for single messages. Returns how many digests were sent.
    /// </summary>
    public async Task<int> DigestAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var cutoff = today.AddHours(options.DigestHour);
        if (now < cutoff)
        {
            return 0;
        }

        var held = await outbox.ScanAsync(cancellationToken)
            .Where(n => n.Notification.Status == NotificationStatus.Digest && n.Notification.CreatedAt < cutoff)
            .ToListAsync(cancellationToken);
        var sent = 0;
        await using var connection = new Connection(this);
        foreach (var group in held.GroupBy(n => (n.Notification.RecipientRole, n.Notification.RecipientId)))
        {
            var items = new List<((Notification Notification, string Version) Held, MimeKit.MimeMessage Message)>();
            foreach (var item in group.OrderBy(n => n.Notification.CreatedAt))
            {
                var (message, problem) = await renderer.RenderAsync(item.Notification, cancellationToken);
                if (message is null)
                {
                    await SettleAsync(item.Notification with { Status = NotificationStatus.Failed, LastError = problem }, item.Version, cancellationToken);
                    continue;
                }

                items.Add((item, message));
            }

            if (items.Count == 0)
            {
                continue;
            }

            var digest = renderer.Digest(group.Key.RecipientRole, group.Key.RecipientId, DateOnly.FromDateTime(today.UtcDateTime), [.. items.Select(i => i.Message)]);
            try
            {
                var client = await connection.GetAsync(cancellationToken);
                await client.SendAsync(digest, cancellationToken);
            }
            catch (Exception ex) when (IsDeliveryFailure(ex))
            {
                // Still held: the next pass tries again; the error is shown to staff on each gathered notification.
                connection.Reset();
                foreach (var (item, _) in items)
                {
                    await SettleAsync(item.Notification with { LastError = NotificationText.Clean(Describe(ex)) }, item.Version, cancellationToken);
                }

                continue;
            }

            foreach (var (item, _) in items)
            {
                await SettleAsync(item.Notification with { Status = NotificationStatus.Sent, SentAt = time.GetUtcNow(), LastError = null }, item.Version, cancellationToken);
            }

            sent++;
        }

        return sent;
    }

    /// <summary>
    /// The Azure path's first half: derive new notifications, then hand every due one to <paramref name="enqueue"/>
    /// (the delivery queue), marking it queued first so the next pass does not queue it again before
    /// <see cref="NotificationMailOptions.Lease"/> runs out. A crash after the mark and before the enqueue only
    /// delays it by that lease; a message queued twice is harmless (<see cref="DeliverAsync"/>). Returns how many were queued.
    /// </summary>
    public async Task<int> EnqueueDueAsync(Func<string, CancellationToken, Task> enqueue, CancellationToken cancellationToken = default)
    {
        await outbox.PumpAsync(cancellationToken);
        await outbox.RemindAsync(cancellationToken);
        var queued = 0;
        await foreach (var (notification, version) in outbox.ScanAsync(cancellationToken))
        {
            var now = time.GetUtcNow();
            if (!IsDue(notification) || notification.QueuedUntil > now)
            {
                continue;
            }

            try
            {
                await outbox.ReplaceAsync(notification with { QueuedUntil = now + options.Lease }, version, cancellationToken);
            }
            catch (DocumentConflictException)
            {
                continue; // another pass queued or a sender took it
            }

            await enqueue(notification.Id, cancellationToken);
            queued++;
        }

        return queued;
    }

    /// <summary>
    /// The Azure path's second half: delivers one notification named by a queue message. Idempotent: a
    /// notification already sent, failed for good, held by another sender or not yet due (backing off) sends
    /// nothing, so a redelivered message never repeats a mail; the outcome is recorded before the message is
    /// acknowledged. True when this call sent it.
    /// </summary>
    public async Task<bool> DeliverAsync(string id, CancellationToken cancellationToken = default)
    {
        if (await outbox.GetVersionedAsync(id, cancellationToken) is not { } found || !IsDue(found.Notification))
        {
            return false;
        }

        await using var connection = new Connection(this);
        return await SendOneAsync(found.Notification, found.Version, connection, cancellationToken) == Outcome.Sent;
    }

    private bool IsDue(Notification notification)
    {
        var now = time.GetUtcNow();
        return notification.Status == NotificationStatus.Pending && notification.NextAttemptAt <= now && !(notification.ClaimedUntil > now);
    }

    private async Task<int> WorkAsync(ChannelReader<(Notification Notification, string Version)> due, CancellationToken cancellationToken)
    {
        var sent = 0;
        await using var connection = new Connection(this);
        await foreach (var (notification, version) in due.ReadAllAsync(cancellationToken))
        {
            if (!IsDue(notification))
            {
                continue;
            }

            var outcome = await SendOneAsync(notification, version, connection, cancellationToken);
            if (outcome == Outcome.Sent)
            {
                sent++;
            }
            else if (outcome == Outcome.ServerFailed)
            {
                break; // the server is the problem, not this message: the rest waits for the next pass
            }
        }

        return sent;
    }

    /// <summary>Claims, renders, sends and records one notification.</summary>
    private async Task<Outcome> SendOneAsync(Notification notification, string version, Connection connection, CancellationToken cancellationToken)
    {
        var claimed = notification with { Attempts = notification.Attempts + 1, ClaimedUntil = time.GetUtcNow() + options.Lease };
        string claimedVersion;
        try
        {
            claimedVersion = await outbox.ReplaceAsync(claimed, version, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            return Outcome.Skipped; // another sender took it
        }

        // The recipient's choices: a category turned off is kept in-app only; a digest reader gets it with the day's others.
        var preferences = await _preferences.GetAsync(claimed.RecipientRole, claimed.RecipientId, cancellationToken);
        if (!preferences.Emails(NotificationCategories.Of(claimed.Event)) || preferences.Digest)
        {
            var status = preferences.Emails(NotificationCategories.Of(claimed.Event)) ? NotificationStatus.Digest : NotificationStatus.Suppressed;
            await SettleAsync(claimed with { Status = status, Attempts = notification.Attempts, ClaimedUntil = null }, claimedVersion, cancellationToken);
            return Outcome.Skipped;
        }

        var (message, problem) = await renderer.RenderAsync(claimed, cancellationToken);
        if (message is null)
        {
            await SettleAsync(claimed with { Status = NotificationStatus.Failed, ClaimedUntil = null, LastError = problem }, claimedVersion, cancellationToken);
            return Outcome.Failed;
        }

        try
        {
            var client = await connection.GetAsync(cancellationToken);
            await client.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (IsDeliveryFailure(ex))
        {
            await SettleAsync(RetryLater(claimed, Describe(ex)), claimedVersion, cancellationToken);
            connection.Reset();
            return ex is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } ? Outcome.Failed : Outcome.ServerFailed;
        }

        await SettleAsync(claimed with { Status = NotificationStatus.Sent, SentAt = time.GetUtcNow(), ClaimedUntil = null, LastError = null }, claimedVersion, cancellationToken);
        return Outcome.Sent;
    }

    private Notification RetryLater(Notification claimed, string error)
    {
        var delay = options.RetryDelay * Math.Pow(2, Math.Min(claimed.Attempts - 1, 20));
        return claimed with
        {
            Status = claimed.Attempts >= options.MaxAttempts ? NotificationStatus.Failed : NotificationStatus.Pending,
            NextAttemptAt = time.GetUtcNow() + (delay < MaxDelay ? delay : MaxDelay),
            ClaimedUntil = null,
            QueuedUntil = null, // due again after the delay, then queued again
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

    private enum Outcome
    {
        Skipped,
        Sent,
        Failed,
        ServerFailed,
    }

    /// <summary>One SMTP connection, opened on first use and reused; dropped after a failure.</summary>
    private sealed class Connection(NotificationSender sender) : IAsyncDisposable
    {
        private SmtpClient? _client;

        public async Task<SmtpClient> GetAsync(CancellationToken cancellationToken) => _client ??= await sender.ConnectAsync(cancellationToken);

        public void Reset()
        {
            _client?.Dispose();
            _client = null;
        }

        public async ValueTask DisposeAsync()
        {
            if (_client is { IsConnected: true })
            {
                await _client.DisconnectAsync(quit: true, CancellationToken.None);
            }

            Reset();
        }
    }
}
