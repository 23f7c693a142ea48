using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Assignments;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Notifications;

/// <summary>
/// The outbox of assignment notifications, derived from the store's change log with a durable cursor.
/// Why derived rather than written beside the change: the assignment document is written once, conditionally,
/// and its history already names every transition; a notification's id is a function of (assignment,
/// transition, recipient), so deriving it again after a crash creates nothing new (the create conflicts) and
/// deriving it from a committed document can never invent one (the change log only shows applied writes).
/// A crash between the assignment write and the outbox write therefore loses nothing and adds nothing, with
/// no change to how assignments are written. The cursor is saved after the notifications it covers.
/// </summary>
public sealed class NotificationOutbox(IDocumentStore store, TimeProvider time)
{
    public const string Kind = "notifications";
    public const string CursorKind = "notification-cursors";

    /// <summary>Transitions older than this when first seen are history, not news (a store that predates the outbox).</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(14);

    private const string CursorId = "outbox";
    private const int PageSize = 500;

    /// <summary>A proposal still unanswered this long after it was made earns the expert a reminder.</summary>
    public static readonly TimeSpan ProposalReminderAfter = TimeSpan.FromDays(3);

    /// <summary>Both parties are reminded when an approved mission starts within this many days.</summary>
    public const int StartingSoonDays = 7;

    /// <summary>The deterministic id: the same transition and recipient always make the same notification (and Message-ID).</summary>
    public static string NotificationId(string assignmentId, int transition, string recipientRole, string? reminder = null)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{assignmentId}\n{transition}\n{recipientRole}{(reminder is null ? "" : "\n" + reminder)}"));
        return $"NT-{Convert.ToHexStringLower(hash.AsSpan(0, 16))}";
    }

    /// <summary>Turns every assignment change since the cursor into its notifications; returns how many were new.</summary>
    public async Task<int> PumpAsync(CancellationToken cancellationToken = default)
    {
        // Two pumps at once (two senders) are safe: every create is idempotent and a stale cursor write loses.
        var (cursor, version) = await ReadCursorAsync(cancellationToken);
        var created = 0;
        while (true)
        {
            var changes = await store.ReadChangesAsync(cursor, PageSize, cancellationToken);
            if (changes.Count == 0)
            {
                return created;
            }

            var assignments = changes
                .Where(c => c.Kind == AssignmentService.Kind && c.Operation == ChangeOperation.Upsert)
                .Select(c => c.Id)
                .Distinct(StringComparer.Ordinal);
            foreach (var id in assignments)
            {
                created += await DeriveAsync(id, cancellationToken);
            }

            cursor = changes[^1].Sequence;
            if (changes.All(c => c.Kind == CursorKind))
            {
                // Only our own cursor write since last time: saving again would log another change, forever.
                return created;
            }

            try
            {
                version = await SaveCursorAsync(cursor, version, cancellationToken);
            }
            catch (DocumentConflictException)
            {
                // Another pump moved the cursor: what we derived is idempotent, and it carries on from there.
                return created;
            }
        }
    }

    /// <summary>
    /// The reminders due now on the injected clock: a proposal unanswered after <see cref="ProposalReminderAfter"/>
    /// (to the expert), an approved mission starting within <see cref="StartingSoonDays"/> days (to both parties).
    /// Each is keyed to the transition it follows, so it is created once however often this runs.
    /// </summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var created = 0;
        await foreach (var document in store.ScanAsync(AssignmentService.Kind, cancellationToken))
        {
            var assignment = RecordTypes.Read<Assignment>(document.Json);
            var last = assignment.History.Count - 1;
            if (last < 0)
            {
                continue;
            }

            if (assignment.State == AssignmentState.Proposed && now - assignment.History[last].At >= ProposalReminderAfter)
            {
                created += await CreateAsync(assignment, last, "reminder-proposal", NotificationRecipients.Expert, now, cancellationToken) ? 1 : 0;
            }

            var daysToStart = assignment.From.DayNumber - today.DayNumber;
            if (assignment.State == AssignmentState.Approved && daysToStart is >= 0 and <= StartingSoonDays)
            {
                foreach (var role in new[] { NotificationRecipients.Expert, NotificationRecipients.Institution })
                {
                    created += await CreateAsync(assignment, last, "starting-soon", role, now, cancellationToken) ? 1 : 0;
                }
            }
        }

        return created;
    }

    public async Task<Notification?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await store.GetAsync(Kind, id, cancellationToken) is { } document ? Read(document) : null;

    /// <summary>The notification with its version (for a conditional replace), or null.</summary>
    public async Task<(Notification Notification, string Version)?> GetVersionedAsync(string id, CancellationToken cancellationToken = default) =>
        await store.GetAsync(Kind, id, cancellationToken) is { } document ? (Read(document), document.Version) : null;

    /// <summary>Every notification with its version, in id order.</summary>
    public async IAsyncEnumerable<(Notification Notification, string Version)> ScanAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var document in store.ScanAsync(Kind, cancellationToken))
        {
            yield return (Read(document), document.Version);
        }
    }

    /// <summary>Replaces a notification at <paramref name="version"/>; a stale version throws <see cref="DocumentConflictException"/>.</summary>
    public async Task<string> ReplaceAsync(Notification notification, string version, CancellationToken cancellationToken = default) =>
        (await store.ReplaceAsync(Kind, notification.Id, JsonSerializer.SerializeToUtf8Bytes(notification, RecordJson.Options), version, cancellationToken)).Version;

    /// <summary>One recipient's notifications, newest first (the in-app list).</summary>
    public async Task<IReadOnlyList<Notification>> ForRecipientAsync(string role, string recipientId, CancellationToken cancellationToken = default) =>
        await ScanAsync(cancellationToken)
            .Select(n => n.Notification)
            .Where(n => n.RecipientRole == role && n.RecipientId == recipientId)
            .OrderByDescending(n => n.CreatedAt)
            .ToListAsync(cancellationToken);

    /// <summary>What could not be delivered, or is still being retried after a failure (for staff).</summary>
    public async Task<IReadOnlyList<Notification>> FailuresAsync(CancellationToken cancellationToken = default) =>
        await ScanAsync(cancellationToken)
            .Select(n => n.Notification)
            .Where(n => n.Status == NotificationStatus.Failed || (n.Status == NotificationStatus.Pending && n.LastError is not null))
            .ToListAsync(cancellationToken);

    /// <summary>Marks the recipient's notification read; null when it is not theirs (or does not exist: the same answer).</summary>
    public async Task<Notification?> MarkReadAsync(string id, string role, string recipientId, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < Backoff.MaxAttempts; attempt++)
        {
            if (await store.GetAsync(Kind, id, cancellationToken) is not { } document
                || Read(document) is not { } notification
                || notification.RecipientRole != role || notification.RecipientId != recipientId)
            {
                return null;
            }

            if (notification.ReadAt is not null)
            {
                return notification;
            }

            var read = notification with { ReadAt = time.GetUtcNow() };
            try
            {
                await ReplaceAsync(read, document.Version, cancellationToken);
                return read;
            }
            catch (DocumentConflictException)
            {
                // The sender settled it meanwhile: read again.
                await Backoff.DelayAsync(attempt, cancellationToken);
            }
        }

        throw new DocumentConflictException(Kind, id, "kept changing");
    }

    /// <summary>Erasure: every notification addressed to the person goes with them.</summary>
    public async Task<int> RemoveForRecipientAsync(string role, string recipientId, CancellationToken cancellationToken = default)
    {
        var removed = 0;
        foreach (var notification in await ForRecipientAsync(role, recipientId, cancellationToken))
        {
            if (await store.DeleteAsync(Kind, notification.Id, cancellationToken: cancellationToken))
            {
                removed++;
            }
        }

        return removed;
    }

    private async Task<int> DeriveAsync(string assignmentId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(AssignmentService.Kind, assignmentId, cancellationToken) is not { } document)
        {
            return 0;
        }

        var assignment = RecordTypes.Read<Assignment>(document.Json);
        var now = time.GetUtcNow();
        var created = 0;
        for (var index = 0; index < assignment.History.Count; index++)
        {
            var transition = assignment.History[index];
            if (now - transition.At > Horizon)
            {
                continue;
            }

            foreach (var role in NotificationRecipients.For(transition.To))
            {
                created += await CreateAsync(assignment, index, AssignmentWorkflow.Name(transition.To), role, now, cancellationToken) ? 1 : 0;
            }
        }

        return created;
    }

    /// <summary>Creates the notification unless it exists (derived before, by us or another pump); true when new.</summary>
    private async Task<bool> CreateAsync(Assignment assignment, int transition, string eventName, string role, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reminder = eventName is "reminder-proposal" or "starting-soon" ? eventName : null;
        var notification = new Notification
        {
            Id = NotificationId(assignment.Id, transition, role, reminder),
            AssignmentId = assignment.Id,
            Event = eventName,
            Transition = transition,
            RecipientRole = role,
            RecipientId = role switch
            {
                NotificationRecipients.Expert => assignment.ExpertId,
                NotificationRecipients.Institution => assignment.OrganisationId,
                _ => NotificationRecipients.Staff,
            },
            CreatedAt = now,
            NextAttemptAt = now,
        };
        if (await store.GetAsync(Kind, notification.Id, cancellationToken) is not null)
        {
            return false;
        }

        try
        {
            await store.CreateAsync(Kind, notification.Id, JsonSerializer.SerializeToUtf8Bytes(notification, RecordJson.Options), cancellationToken);
            return true;
        }
        catch (DocumentConflictException)
        {
            return false; // created by another pump in between: the same notification
        }
    }

    private async Task<(long Cursor, string? Version)> ReadCursorAsync(CancellationToken cancellationToken) =>
        await store.GetAsync(CursorKind, CursorId, cancellationToken) is { } document
            ? (JsonSerializer.Deserialize<long>(document.Json.Span), document.Version)
            : (0, null);

    private async Task<string> SaveCursorAsync(long cursor, string? version, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(cursor);
        var stored = version is null
            ? await store.CreateAsync(CursorKind, CursorId, json, cancellationToken)
            : await store.ReplaceAsync(CursorKind, CursorId, json, version, cancellationToken);
        return stored.Version;
    }

    private static Notification Read(StoredDocument document) => RecordTypes.Read<Notification>(document.Json);
}
