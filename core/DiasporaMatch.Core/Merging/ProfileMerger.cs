using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiasporaMatch.Access;
using DiasporaMatch.Assignments;
using DiasporaMatch.Audit;
using DiasporaMatch.Interests;
using DiasporaMatch.Matching;
using DiasporaMatch.Notifications;
using DiasporaMatch.Privacy;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Merging;

/// <summary>
/// Merges a duplicate profile into the one that stays (the survivor): every decision, assignment (with its booked
/// dates), opportunity interest and notification of the merged-away profile is rewritten to name the survivor, the
/// merge is audited on the survivor, and the merged-away profile is then erased through <see cref="ErasureService"/>,
/// so its personal data goes as on any erasure (the audit names it by its tombstone).
/// <para>
/// Everything that can refuse is checked before the first write, so a refused merge changes nothing. The first write
/// is a conditional rewrite of the survivor at the version the caller read: it fails a merge racing an edit, and
/// re-indexes the survivor. Each later step moves whatever still names the merged-away profile, so a merge a crash
/// interrupted is finished by asking again.
/// </para>
/// </summary>
public sealed class ProfileMerger(IDocumentStore store, MatchService matches, AuditLog audit, ErasureService erasure)
{
    private const int Attempts = 8;

    public async Task<MergeReport> MergeAsync(string survivorId, string mergedId, string expectedVersion, Caller caller, CancellationToken cancellationToken = default)
    {
        if (survivorId == mergedId)
        {
            return MergeReport.Refused(MergeOutcome.Invalid, "from: a profile cannot be merged into itself");
        }

        var survivor = await store.GetAsync(RecordKind.Profiles, survivorId, cancellationToken);
        if (survivor is null || await store.GetAsync(RecordKind.Profiles, mergedId, cancellationToken) is null)
        {
            return MergeReport.Refused(MergeOutcome.NotFound, $"{RecordKind.Profiles}/{(survivor is null ? survivorId : mergedId)} does not exist");
        }

        if (survivor.Version != expectedVersion)
        {
            return MergeReport.Refused(MergeOutcome.Stale, $"{RecordKind.Profiles}/{survivorId} changed since it was read; read it again");
        }

        var assignments = await new AssignmentDirectory(store).AllAsync(cancellationToken);
        if (Clash(assignments, survivorId, mergedId) is { } clash)
        {
            return MergeReport.Refused(MergeOutcome.Conflict, clash);
        }

        StoredDocument claimed;
        try
        {
            claimed = await store.ReplaceAsync(RecordKind.Profiles, survivorId, survivor.Json, expectedVersion, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            return MergeReport.Refused(MergeOutcome.Stale, $"{RecordKind.Profiles}/{survivorId} changed since it was read; read it again");
        }

        var decisions = await MoveDecisionsAsync(survivorId, mergedId, cancellationToken);
        var moved = await MoveAssignmentsAsync(assignments.Where(a => a.ExpertId == mergedId).Select(a => a.Id), survivorId, mergedId, cancellationToken);
        await MoveBookingsAsync(survivorId, mergedId, cancellationToken);
        var interests = await MoveInterestsAsync(survivorId, mergedId, cancellationToken);
        var notifications = await MoveNotificationsAsync(survivorId, mergedId, cancellationToken);

        var tombstone = erasure.TombstoneOf(mergedId);
        await audit.AppendAsync(
            caller, "profiles.merged", RecordKind.Profiles, survivorId, null,
            string.Create(CultureInfo.InvariantCulture, $"merged {tombstone}: {decisions} decision(s), {moved} assignment(s), {interests} interest(s), {notifications} notification(s)"),
            cancellationToken);

        // Nothing booked is left on the merged-away profile, so erasure cancels nothing.
        var erased = await erasure.EraseAsync(mergedId, confirmed: true, cancellationToken);
        if (erased.Outcome is not (ErasureOutcome.Erased or ErasureOutcome.AlreadyErased))
        {
            throw new InvalidOperationException($"{RecordKind.Profiles}/{mergedId} could not be erased after the merge: {erased.Outcome}");
        }

        // The survivor's track record now counts the moved decisions.
        matches.ForgetHistory();
        return new MergeReport(MergeOutcome.Merged, null, claimed.Version, tombstone, decisions, moved, interests, notifications);
    }

    /// <summary>
    /// Two assignments, one of each profile, both holding dates (proposed to in progress) and overlapping: one line
    /// naming them, or null.
    /// </summary>
    public static string? Clash(IReadOnlyList<Assignment> assignments, string survivorId, string mergedId)
    {
        var held = assignments.Where(a => AssignmentDirectory.HoldsDates(a.State)).ToList();
        var pair = held.Where(a => a.ExpertId == survivorId)
            .SelectMany(kept => held.Where(a => a.ExpertId == mergedId && a.From <= kept.To && kept.From <= a.To).Select(merged => (kept, merged)))
            .OrderBy(p => p.kept.Id, StringComparer.Ordinal).ThenBy(p => p.merged.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return pair.kept is null
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"{survivorId} would be booked twice: assignment {pair.kept.Id} ({AssignmentWorkflow.Name(pair.kept.State)}, {pair.kept.From:yyyy-MM-dd} to {pair.kept.To:yyyy-MM-dd}) overlaps {mergedId}'s {pair.merged.Id} ({AssignmentWorkflow.Name(pair.merged.State)}, {pair.merged.From:yyyy-MM-dd} to {pair.merged.To:yyyy-MM-dd}); cancel or decline one first");
    }

    private async Task<int> MoveDecisionsAsync(string survivorId, string mergedId, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var document in store.ScanAsync(RecordKind.Decisions, cancellationToken))
        {
            if (RecordTypes.Read<Decisions.Decision>(document.Json).ExpertId == mergedId)
            {
                ids.Add(document.Id);
            }
        }

        var moved = 0;
        foreach (var id in ids)
        {
            // Only the expert (and their own word's author) changes: the stored record is rewritten as it is, not re-serialised from the type.
            moved += await RewriteAsync(RecordKind.Decisions, id, json =>
            {
                var node = JsonNode.Parse(json.Span)!.AsObject();
                if ((string?)node["expertId"] != mergedId)
                {
                    return null;
                }

                node["expertId"] = survivorId;
                if ((string?)node["by"] == mergedId)
                {
                    node["by"] = survivorId; // the expert's own word (accepted, interested)
                }

                return JsonSerializer.SerializeToUtf8Bytes(node);
            }, cancellationToken) ? 1 : 0;
        }

        return moved;
    }

    /// <summary>The assignments change hands whole: their expert, and the merged-away expert's own moves, ratings and notes.</summary>
    private async Task<int> MoveAssignmentsAsync(IEnumerable<string> ids, string survivorId, string mergedId, CancellationToken cancellationToken)
    {
        string Of(string by) => by == mergedId ? survivorId : by;
        var moved = 0;
        foreach (var id in ids)
        {
            moved += await RewriteAsync(AssignmentService.Kind, id, json =>
            {
                var assignment = RecordTypes.Read<Assignment>(json);
                return assignment.ExpertId != mergedId
                    ? null
                    : JsonSerializer.SerializeToUtf8Bytes(
                        assignment with
                        {
                            ExpertId = survivorId,
                            History = [.. assignment.History.Select(t => t with { By = Of(t.By) })],
                            Ratings = [.. assignment.Ratings.Select(r => r with { By = Of(r.By) })],
                            Notes = [.. assignment.Notes.Select(n => n with { By = Of(n.By) })],
                        },
                        RecordJson.Options);
            }, cancellationToken) ? 1 : 0;
        }

        return moved;
    }

    /// <summary>The merged-away expert's booked dates join the survivor's sheet (the clash check made sure they fit).</summary>
    private async Task MoveBookingsAsync(string survivorId, string mergedId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(BookingLedger.ExpertKind, mergedId, cancellationToken) is not { } mergedSheet)
        {
            return;
        }

        var entries = RecordTypes.Read<BookingSheet>(mergedSheet.Json).Entries;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var document = await store.GetAsync(BookingLedger.ExpertKind, survivorId, cancellationToken);
            var sheet = document is null ? new BookingSheet(survivorId, []) : RecordTypes.Read<BookingSheet>(document.Json);
            var json = JsonSerializer.SerializeToUtf8Bytes(
                sheet with { Entries = [.. sheet.Entries, .. entries.Where(e => sheet.Entries.All(s => s.AssignmentId != e.AssignmentId))] },
                RecordJson.Options);
            try
            {
                _ = document is null
                    ? await store.CreateAsync(BookingLedger.ExpertKind, survivorId, json, cancellationToken)
                    : await store.ReplaceAsync(BookingLedger.ExpertKind, survivorId, json, document.Version, cancellationToken);
                await store.DeleteAsync(BookingLedger.ExpertKind, mergedId, cancellationToken: cancellationToken);
                return;
            }
            catch (DocumentConflictException)
            {
                await Backoff.DelayAsync(attempt, cancellationToken);
            }
        }

        throw new DocumentConflictException(BookingLedger.ExpertKind, survivorId, "kept changing while the merge moved bookings into it");
    }

    /// <summary>One interest per (opportunity, investor): the survivor's own stands, taking an introduction only the merged-away one had.</summary>
    private async Task<int> MoveInterestsAsync(string survivorId, string mergedId, CancellationToken cancellationToken)
    {
        var book = new OpportunityInterestBook(store);
        var moved = 0;
        foreach (var interest in await book.ForExpertAsync(mergedId, cancellationToken))
        {
            var kept = await store.GetAsync(OpportunityInterestBook.Kind, OpportunityInterestBook.IdOf(interest.OpportunityId, survivorId), cancellationToken);
            if (kept is null)
            {
                var follows = interest with { Id = OpportunityInterestBook.IdOf(interest.OpportunityId, survivorId), ExpertId = survivorId };
                try
                {
                    await store.CreateAsync(OpportunityInterestBook.Kind, follows.Id, JsonSerializer.SerializeToUtf8Bytes(follows, RecordJson.Options), cancellationToken);
                }
                catch (DocumentConflictException)
                {
                    // the survivor said it meanwhile: theirs stands
                }
            }
            else if (interest.IntroducedAt is { } at && RecordTypes.Read<OpportunityInterest>(kept.Json).IntroducedAt is null)
            {
                await book.IntroduceAsync(interest.OpportunityId, survivorId, interest.IntroducedBy ?? "", at, cancellationToken);
            }

            await store.DeleteAsync(OpportunityInterestBook.Kind, interest.Id, cancellationToken: cancellationToken);
            moved++;
        }

        return moved;
    }

    /// <summary>
    /// The merged-away expert's notifications are re-addressed: an assignment's keep their id (it names no expert);
    /// another event's id is keyed on the recipient, so it is filed again under the survivor's.
    /// </summary>
    private async Task<int> MoveNotificationsAsync(string survivorId, string mergedId, CancellationToken cancellationToken)
    {
        var outbox = new NotificationOutbox(store, matches.Time);
        var mine = await outbox.ScanAsync(cancellationToken)
            .Where(n => n.Notification.RecipientRole == NotificationRecipients.Expert && n.Notification.RecipientId == mergedId)
            .ToListAsync(cancellationToken);
        foreach (var (notification, _) in mine)
        {
            var id = notification.AssignmentId.Length > 0
                ? notification.Id
                : NotificationOutbox.EventId(notification.Event, notification.SubjectId ?? "", NotificationRecipients.Expert, survivorId);
            if (id == notification.Id)
            {
                await RewriteAsync(NotificationOutbox.Kind, id, json =>
                {
                    var current = RecordTypes.Read<Notification>(json);
                    return current.RecipientId != mergedId ? null : JsonSerializer.SerializeToUtf8Bytes(current with { RecipientId = survivorId }, RecordJson.Options);
                }, cancellationToken);
                continue;
            }

            try
            {
                await store.CreateAsync(NotificationOutbox.Kind, id, JsonSerializer.SerializeToUtf8Bytes(notification with { Id = id, RecipientId = survivorId }, RecordJson.Options), cancellationToken);
            }
            catch (DocumentConflictException)
            {
                // the survivor has the same event already: one is enough
            }

            await store.DeleteAsync(NotificationOutbox.Kind, notification.Id, cancellationToken: cancellationToken);
        }

        return mine.Count;
    }

    /// <summary>A conditional read-modify-write, read again after a lost race; false when the document is gone or needs no change.</summary>
    private async Task<bool> RewriteAsync(string kind, string id, Func<ReadOnlyMemory<byte>, byte[]?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (await store.GetAsync(kind, id, cancellationToken) is not { } document || change(document.Json) is not { } json)
            {
                return false;
            }

            try
            {
                await store.ReplaceAsync(kind, id, json, document.Version, cancellationToken);
                return true;
            }
            catch (DocumentConflictException)
            {
                await Backoff.DelayAsync(attempt, cancellationToken);
            }
        }

        throw new DocumentConflictException(kind, id, "kept changing while the merge rewrote it");
    }
}
