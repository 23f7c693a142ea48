using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Assignments;
using DiasporaMatch.Audit;
using DiasporaMatch.Needs;
using DiasporaMatch.Opportunities;
using DiasporaMatch.Profiles;
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

    /// <summary>
    /// The erasure journal's kind and finished state (<c>Privacy/ErasureService.Kind</c>, <c>ErasureEntry.Done</c>),
    /// read by name: erasure removes a person's notifications, so Privacy uses this folder and not the reverse
    /// (NotificationOutboxTests pin the names equal).
    /// </summary>
    internal const string ErasureJournalKind = "erasures";

    internal const string ErasureDoneState = "done";
    private const int PageSize = 500;

    /// <summary>A proposal still unanswered this long after it was made earns the expert a reminder.</summary>
    public static readonly TimeSpan ProposalReminderAfter = TimeSpan.FromDays(3);

    /// <summary>Still unanswered this long after it was made (after the expert's reminder), a proposal is escalated to staff.</summary>
    public static readonly TimeSpan ProposalEscalationAfter = TimeSpan.FromDays(6);

    /// <summary>A need still without a single candidate this long after it was first seen earns staff a reminder.</summary>
    public static readonly TimeSpan NeedShortlistReminderAfter = TimeSpan.FromDays(7);

    /// <summary>Both parties are reminded when an approved mission starts within this many days.</summary>
    public const int StartingSoonDays = 7;

    /// <summary>When the outbox first saw each need (id = need id): what the shortlist reminder counts from.</summary>
    public const string WatchKind = "notification-watches";

    /// <summary>The events that are not an assignment's transition, and the reminders.</summary>
    public static class Events
    {
        public const string NeedCandidates = "need-candidates";
        public const string NeedNoShortlist = "need-no-shortlist";
        public const string OpportunityMatch = "opportunity-match";
        public const string ImportReady = "import-ready";
        public const string ErasureDone = "erasure-done";
        public const string ReminderProposal = "reminder-proposal";
        public const string ReminderProposalStaff = "reminder-proposal-staff";
        public const string StartingSoon = "starting-soon";

        /// <summary>Staff moved a mission's dates: one per change (numbered), to the expert and the institution once proposed.</summary>
        public const string Rescheduled = "rescheduled";
    }

    /// <summary>The audit action of an import run (<c>imports.run</c>): its entry is the import's report.</summary>
    public const string ImportAuditAction = "imports.run";

    /// <summary>The store the outbox lives in (the sender reads the recipients' preferences from it).</summary>
    internal IDocumentStore Store => store;

    /// <summary>The deterministic id: the same transition and recipient always make the same notification (and Message-ID).</summary>
    public static string NotificationId(string assignmentId, int transition, string recipientRole, string? reminder = null)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{assignmentId}\n{transition}\n{recipientRole}{(reminder is null ? "" : "\n" + reminder)}"));
        return $"NT-{Convert.ToHexStringLower(hash.AsSpan(0, 16))}";
    }

    /// <summary>The deterministic id of an event that is not an assignment's transition: one per event, subject and recipient.</summary>
    public static string EventId(string eventName, string subjectId, string recipientRole, string recipientId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"event\n{eventName}\n{subjectId}\n{recipientRole}\n{recipientId}"));
        return $"NT-{Convert.ToHexStringLower(hash.AsSpan(0, 16))}";
    }

    /// <summary>Turns every change since the cursor into its notifications; returns how many were new.</summary>
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

            // Each document once per page, at its last change: the consumers re-read it as it is now.
            var upserts = changes
                .Where(c => c.Operation == ChangeOperation.Upsert)
                .GroupBy(c => (c.Kind, c.Id))
                .Select(g => g.Last());
            // The investors are read once per page that holds opportunities, not once per opportunity.
            List<ExpertProfile>? investors = null;
            foreach (var change in upserts)
            {
                if (change.Kind == RecordKind.Opportunities && investors is null)
                {
                    investors = await InvestorsAsync(cancellationToken);
                }

                created += await DeriveAsync(change, investors ?? [], cancellationToken);
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
        var needsWithCandidates = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var document in store.ScanAsync(AssignmentService.Kind, cancellationToken))
        {
            var assignment = RecordTypes.Read<Assignment>(document.Json);
            needsWithCandidates.Add(assignment.NeedId);
            var last = assignment.History.Count - 1;
            if (last < 0)
            {
                continue;
            }

            if (assignment.State == AssignmentState.Proposed && now - assignment.History[last].At >= ProposalReminderAfter)
            {
                created += await CreateAsync(assignment, last, Events.ReminderProposal, NotificationRecipients.Expert, now, cancellationToken) ? 1 : 0;
            }

            if (assignment.State == AssignmentState.Proposed && now - assignment.History[last].At >= ProposalEscalationAfter)
            {
                created += await CreateAsync(assignment, last, Events.ReminderProposalStaff, NotificationRecipients.Staff, now, cancellationToken) ? 1 : 0;
            }

            var daysToStart = assignment.From.DayNumber - today.DayNumber;
            if (assignment.State == AssignmentState.Approved && daysToStart is >= 0 and <= StartingSoonDays)
            {
                foreach (var role in new[] { NotificationRecipients.Expert, NotificationRecipients.Institution })
                {
                    created += await CreateAsync(assignment, last, Events.StartingSoon, role, now, cancellationToken) ? 1 : 0;
                }
            }
        }

        await foreach (var document in store.ScanAsync(WatchKind, cancellationToken))
        {
            var watch = RecordTypes.Read<NeedWatch>(document.Json);
            if (needsWithCandidates.Contains(watch.NeedId) || now - watch.Since < NeedShortlistReminderAfter)
            {
                continue;
            }

            // Only a need that is still there and open: a closed or deleted one needs no shortlist.
            if (await store.GetAsync(RecordKind.Needs, watch.NeedId, cancellationToken) is { } need && RecordTypes.Read<Need>(need.Json).Status == "open")
            {
                created += await CreateEventAsync(Events.NeedNoShortlist, watch.NeedId, NotificationRecipients.Staff, NotificationRecipients.Staff, now, cancellationToken) ? 1 : 0;
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
    public Task<IReadOnlyList<Notification>> ForRecipientAsync(string role, string recipientId, CancellationToken cancellationToken = default) =>
        ForRecipientsAsync(role, [recipientId], cancellationToken);

    /// <summary>The notifications of any of <paramref name="recipientIds"/> (a staff member's own and the team's), newest first.</summary>
    public async Task<IReadOnlyList<Notification>> ForRecipientsAsync(string role, IReadOnlyCollection<string> recipientIds, CancellationToken cancellationToken = default) =>
        await ScanAsync(cancellationToken)
            .Select(n => n.Notification)
            .Where(n => n.RecipientRole == role && recipientIds.Contains(n.RecipientId))
            .OrderByDescending(n => n.CreatedAt)
            .ToListAsync(cancellationToken);

    /// <summary>What could not be delivered, or is still being retried after a failure (for staff).</summary>
    public async Task<IReadOnlyList<Notification>> FailuresAsync(CancellationToken cancellationToken = default) =>
        await ScanAsync(cancellationToken)
            .Select(n => n.Notification)
            .Where(n => n.Status == NotificationStatus.Failed || (n.Status == NotificationStatus.Pending && n.LastError is not null))
            .ToListAsync(cancellationToken);

    /// <summary>Marks the recipient's notification read; null when it is not theirs (or does not exist: the same answer).</summary>
    public Task<Notification?> MarkReadAsync(string id, string role, string recipientId, CancellationToken cancellationToken = default) =>
        MarkReadAsync(id, role, [recipientId], cancellationToken);

    /// <summary>Marks the notification read when it is addressed to any of <paramref name="recipientIds"/>; null otherwise.</summary>
    public async Task<Notification?> MarkReadAsync(string id, string role, IReadOnlyCollection<string> recipientIds, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < Backoff.MaxAttempts; attempt++)
        {
            if (await store.GetAsync(Kind, id, cancellationToken) is not { } document
                || Read(document) is not { } notification
                || notification.RecipientRole != role || !recipientIds.Contains(notification.RecipientId))
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

    private async Task<int> DeriveAsync(DocumentChange change, IReadOnlyList<ExpertProfile> investors, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (change.Kind == AssignmentService.Kind)
        {
            return await DeriveAssignmentAsync(change.Id, now, cancellationToken);
        }

        if (now - change.At > Horizon || await store.GetAsync(change.Kind, change.Id, cancellationToken) is not { } document)
        {
            return 0;
        }

        switch (change.Kind)
        {
            case RecordKind.Needs:
                // Remembered from its first sighting, for the no-shortlist reminder (a later sighting changes nothing).
                await TryCreateAsync(WatchKind, change.Id, new NeedWatch { NeedId = change.Id, Since = change.At }, cancellationToken);
                return 0;
            case RecordKind.Opportunities:
                return await DeriveOpportunityAsync(RecordTypes.Read<Opportunity>(document.Json), investors, now, cancellationToken);
            case AuditLog.Kind:
                var audit = RecordTypes.Read<AuditEvent>(document.Json);
                // The staff member who ran the import hears of it; one run by the system (no caller) goes to the team.
                return audit.Action == ImportAuditAction
                    ? await CreateEventAsync(Events.ImportReady, audit.Id, NotificationRecipients.Staff, audit.Role == "staff" ? audit.By : NotificationRecipients.Staff, now, cancellationToken) ? 1 : 0
                    : 0;
            case ErasureJournalKind:
                return ErasureFinished(document.Json)
                    ? await CreateEventAsync(Events.ErasureDone, change.Id, NotificationRecipients.Staff, NotificationRecipients.Staff, now, cancellationToken) ? 1 : 0
                    : 0;
            default:
                return 0;
        }
    }

    /// <summary>
    /// An open opportunity tells every investor whose interests it matches: its sector is one they invest in, and
    /// its region one they chose (any region when they chose none).
    /// </summary>
    private async Task<int> DeriveOpportunityAsync(Opportunity opportunity, IReadOnlyList<ExpertProfile> investors, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (opportunity.Status != "open")
        {
            return 0;
        }

        var created = 0;
        foreach (var investor in investors.Where(p => Matches(p.Investment!, opportunity)))
        {
            created += await CreateEventAsync(Events.OpportunityMatch, opportunity.Id, NotificationRecipients.Expert, investor.Id, now, cancellationToken) ? 1 : 0;
        }

        return created;
    }

    /// <summary>The profiles that state investment interests.</summary>
    private async Task<List<ExpertProfile>> InvestorsAsync(CancellationToken cancellationToken)
    {
        var investors = new List<ExpertProfile>();
        await foreach (var document in store.ScanAsync(RecordKind.Profiles, cancellationToken))
        {
            if (RecordTypes.Read<ExpertProfile>(document.Json) is { Investment: not null } profile)
            {
                investors.Add(profile);
            }
        }

        return investors;
    }

    internal static bool Matches(InvestmentInterest interest, Opportunity opportunity) =>
        interest.Sectors.Contains(opportunity.Sector, StringComparer.Ordinal)
        && (interest.Regions.Count == 0 || (opportunity.Region is { } region && interest.Regions.Contains(region, StringComparer.Ordinal)));

    private async Task<int> DeriveAssignmentAsync(string assignmentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(AssignmentService.Kind, assignmentId, cancellationToken) is not { } document)
        {
            return 0;
        }

        var assignment = RecordTypes.Read<Assignment>(document.Json);
        var created = 0;
        // A need's first candidate: keyed to the need, so its later candidates find it made already.
        if (assignment.History.Count > 0 && now - assignment.History[0].At <= Horizon)
        {
            created += await CreateEventAsync(Events.NeedCandidates, assignment.NeedId, NotificationRecipients.Staff, NotificationRecipients.Staff, now, cancellationToken) ? 1 : 0;
        }

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

        // A change of dates concerns the parties once the expert has been proposed; before that only staff knew the dates.
        for (var index = 0; index < assignment.Reschedules.Count; index++)
        {
            var change = assignment.Reschedules[index];
            if (now - change.At > Horizon || !assignment.History.Any(t => t.To == AssignmentState.Proposed && t.At <= change.At))
            {
                continue;
            }

            foreach (var role in new[] { NotificationRecipients.Expert, NotificationRecipients.Institution })
            {
                created += await CreateAsync(assignment, assignment.History.Count - 1, Events.Rescheduled, role, now, cancellationToken, $"{Events.Rescheduled}-{index}") ? 1 : 0;
            }
        }

        return created;
    }

    /// <summary>Creates the notification unless it exists (derived before, by us or another pump); true when new.</summary>
    private async Task<bool> CreateAsync(
        Assignment assignment, int transition, string eventName, string role, DateTimeOffset now, CancellationToken cancellationToken, string? discriminator = null)
    {
        var reminder = discriminator ?? (eventName is Events.ReminderProposal or Events.ReminderProposalStaff or Events.StartingSoon ? eventName : null);
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

    /// <summary>Creates the notification of an event that is not an assignment's transition, unless it exists; true when new.</summary>
    private async Task<bool> CreateEventAsync(string eventName, string subjectId, string role, string recipientId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notification = new Notification
        {
            Id = EventId(eventName, subjectId, role, recipientId),
            SubjectId = subjectId,
            Event = eventName,
            RecipientRole = role,
            RecipientId = recipientId,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        return await TryCreateAsync(Kind, notification.Id, notification, cancellationToken);
    }

    private async Task<bool> TryCreateAsync<T>(string kind, string id, T value, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(kind, id, cancellationToken) is not null)
        {
            return false;
        }

        try
        {
            await store.CreateAsync(kind, id, JsonSerializer.SerializeToUtf8Bytes(value, RecordJson.Options), cancellationToken);
            return true;
        }
        catch (DocumentConflictException)
        {
            return false; // created by another pump in between: the same document
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

    private static bool ErasureFinished(ReadOnlyMemory<byte> json)
    {
        using var entry = JsonDocument.Parse(json);
        return entry.RootElement.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.String && state.GetString() == ErasureDoneState;
    }
}
