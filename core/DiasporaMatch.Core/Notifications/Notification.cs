namespace DiasporaMatch.Notifications;

/// <summary>
/// One message owed to one recipient (kind <c>notifications</c>). It holds ids only: names, addresses and the
/// need's title are read and rendered when it is sent, so an erased or corrected record never lingers here.
/// </summary>
public sealed record Notification
{
    public string Id { get; init; } = "";

    /// <summary>The assignment an assignment event is about; empty for the other events.</summary>
    public string AssignmentId { get; init; } = "";

    /// <summary>
    /// For the events not about an assignment: the need (need-candidates, need-no-shortlist), the opportunity
    /// (opportunity-match), the audit entry of the import (import-ready) or the erasure's tombstone (erasure-done).
    /// </summary>
    public string? SubjectId { get; init; }

    /// <summary>The state the assignment entered (proposed, accepted, ... completed), a reminder, or one of the other events.</summary>
    public string Event { get; init; } = "";

    /// <summary>The position of the transition in the assignment's history: with the recipient, what makes the id.</summary>
    public int Transition { get; init; }

    /// <summary>expert, institution or staff.</summary>
    public string RecipientRole { get; init; } = "";

    /// <summary>The expert's or organisation's id; "staff" for the programme team.</summary>
    public string RecipientId { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>pending, sent or failed (gave up after the allowed attempts).</summary>
    public string Status { get; init; } = NotificationStatus.Pending;

    public int Attempts { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>A sender holds the notification until then; another sender may take it over afterwards.</summary>
    public DateTimeOffset? ClaimedUntil { get; init; }

    /// <summary>On the Azure path: put on the delivery queue, and not put there again before this time.</summary>
    public DateTimeOffset? QueuedUntil { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? ReadAt { get; init; }
}
