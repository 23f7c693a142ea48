using System.Text.Json;
using System.Text.RegularExpressions;
using DiasporaMatch.Access;
using DiasporaMatch.Allocation;
using DiasporaMatch.Assignments;
using DiasporaMatch.Audit;
using DiasporaMatch.Decisions;
using DiasporaMatch.Duplicates;
using DiasporaMatch.Interests;
using DiasporaMatch.Matching;
using DiasporaMatch.Needs;
using DiasporaMatch.Notifications;
using DiasporaMatch.Profiles;
using DiasporaMatch.Programme;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Privacy;

/// <summary>
/// Erases an expert everywhere the service keeps them: assignments and booking sheet, the decisions about them
/// (the training rows), their interest in opportunities, the feature logs, the profile, the search index (deleted documents merged away), the id
/// in the store's change log when the store can redact it (<see cref="IRedactableChangeLog"/>) and the audit,
/// where a keyed tombstone stands in for the id.
/// <para>
/// A journaled operation: the intent is stored first (kind <see cref="Kind"/>), every step can run again, and an
/// erasure a crash interrupted is finished by the next DELETE or by <see cref="ResumePendingAsync"/> at start-up.
/// The profile goes after the data that hangs off it; the index, change log and audit follow because the
/// profile's delete is itself a change that names the id.
/// </para>
/// </summary>
public sealed class ErasureService(IDocumentStore store, MatchService matches, AuditLog audit, AssignmentService assignments, byte[] key)
{
    public const string Kind = "erasures";
    public const string CancelReason = "the expert's data was erased";

    /// <summary>The workflow's moves are made as this staff caller, so the audit shows the erasure cancelled them.</summary>
    private static readonly Caller ErasureCaller = new(Role.Staff, "erasure");

    /// <summary>Called after each step: the test seam that simulates a crash between two steps.</summary>
    public Func<ErasureStep, CancellationToken, Task>? StepCompleted { get; init; }

    /// <summary>Assignments erasure would cancel only with confirmation: the expert's dates are booked for them.</summary>
    public static bool NeedsConfirmation(AssignmentState state) => state is AssignmentState.Approved or AssignmentState.InProgress;

    public string TombstoneOf(string expertId) => ErasureKey.Tombstone(key, expertId);

    /// <summary>
    /// Erases <paramref name="expertId"/>, finishes an interrupted erasure of them, or says it was done already.
    /// Booked assignments are cancelled only when <paramref name="confirmed"/>; otherwise nothing changes and
    /// the report lists them.
    /// </summary>
    public async Task<ErasureReport> EraseAsync(string expertId, bool confirmed, CancellationToken cancellationToken = default)
    {
        StoreNames.Check(RecordKind.Profiles, expertId);
        var tombstone = TombstoneOf(expertId);
        var journal = await store.GetAsync(Kind, tombstone, cancellationToken);
        var earlier = journal is null ? null : RecordTypes.Read<ErasureEntry>(journal.Json);
        if (earlier is { State: ErasureEntry.Pending })
        {
            // Confirmed (or not needed) when the intent was recorded: finish what was started.
            return await RunAsync(tombstone, expertId, cancellationToken);
        }

        if (await store.GetAsync(RecordKind.Profiles, expertId, cancellationToken) is null)
        {
            return new ErasureReport(earlier is null ? ErasureOutcome.NotFound : ErasureOutcome.AlreadyErased, tombstone);
        }

        // From here the profile exists: a first erasure, or a profile created again under an erased id.
        var booked = (await new AssignmentDirectory(store).AllAsync(cancellationToken))
            .Where(a => a.ExpertId == expertId && NeedsConfirmation(a.State))
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .ToArray();
        if (booked.Length > 0 && !confirmed)
        {
            return new ErasureReport(ErasureOutcome.NeedsConfirmation, tombstone, ToCancel: booked);
        }

        var entry = JsonSerializer.SerializeToUtf8Bytes(new ErasureEntry { Id = tombstone, ExpertId = expertId, StartedAt = matches.Time.GetUtcNow() }, RecordJson.Options);
        try
        {
            _ = journal is null
                ? await store.CreateAsync(Kind, tombstone, entry, cancellationToken)
                : await store.ReplaceAsync(Kind, tombstone, entry, journal.Version, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // A concurrent DELETE of the same expert recorded the intent first; running the steps again is harmless.
        }

        await StepAsync(ErasureStep.Journal, cancellationToken);
        return await RunAsync(tombstone, expertId, cancellationToken);
    }

    /// <summary>Finishes every erasure a crash left pending; the host calls it once at start-up. Returns how many.</summary>
    public async Task<int> ResumePendingAsync(CancellationToken cancellationToken = default)
    {
        var pending = new List<ErasureEntry>();
        await foreach (var document in store.ScanAsync(Kind, cancellationToken))
        {
            if (RecordTypes.Read<ErasureEntry>(document.Json) is { State: ErasureEntry.Pending, ExpertId: { } } entry)
            {
                pending.Add(entry);
            }
        }

        foreach (var entry in pending)
        {
            await RunAsync(entry.Id, entry.ExpertId!, cancellationToken);
        }

        return pending.Count;
    }

    private async Task<ErasureReport> RunAsync(string tombstone, string expertId, CancellationToken cancellationToken)
    {
        await EraseAssignmentsAsync(expertId, cancellationToken);
        // Their notifications (sent or not: each names them by id) and calendar feed go with the assignments;
        // with the assignments gone, nothing can derive those notifications again. No clock is read here.
        await new NotificationOutbox(store, TimeProvider.System).RemoveForRecipientAsync(NotificationRecipients.Expert, expertId, cancellationToken);
        await new CalendarFeeds(store, TimeProvider.System).RevokeAsync(NotificationRecipients.Expert, expertId, cancellationToken);
        await new NotificationPreferenceStore(store).RemoveAsync(NotificationRecipients.Expert, expertId, cancellationToken);
        await StepAsync(ErasureStep.Assignments, cancellationToken);

        var decisions = 0;
        await foreach (var document in store.ScanAsync(RecordKind.Decisions, cancellationToken))
        {
            if (RecordTypes.Read<Decision>(document.Json).ExpertId == expertId
                && await store.DeleteAsync(RecordKind.Decisions, document.Id, document.Version, cancellationToken))
            {
                decisions++;
            }
        }

        // A kept allocation plan names candidates by id: a plan naming the expert goes (it could not be applied now anyway).
        await foreach (var document in store.ScanAsync(AllocationPlans.Kind, cancellationToken))
        {
            var plan = RecordTypes.Read<StoredPlan>(document.Json);
            if (plan.Rows.Any(r => r.ExpertId == expertId) || plan.Pins.Concat(plan.Excludes).Any(p => p.ExpertId == expertId)
                || plan.Basis.Keys.Any(k => k.EndsWith("/" + expertId, StringComparison.Ordinal)))
            {
                await store.DeleteAsync(AllocationPlans.Kind, document.Id, document.Version, cancellationToken);
            }
        }

        // Their interest in opportunities: documents named by a hash of the pair, holding the expert's id.
        await new OpportunityInterestBook(store).RemoveForExpertAsync(expertId, cancellationToken);
        // Pairs staff marked "not the same person": named by a hash, holding the expert's id.
        await new DistinctProfiles(store).RemoveForExpertAsync(expertId, cancellationToken);
        await StepAsync(ErasureStep.Decisions, cancellationToken);
        var logged = matches.FeatureLog is { } log ? await log.EraseAsync(expertId, cancellationToken) : 0;
        await StepAsync(ErasureStep.FeatureLog, cancellationToken);
        await store.DeleteAsync(RecordKind.Profiles, expertId, cancellationToken: cancellationToken);
        await StepAsync(ErasureStep.Profile, cancellationToken);

        // Apply the delete to the index before the change log forgets the id: after that, nothing could.
        await matches.Indexer.CatchUpAsync(cancellationToken);
        matches.Indexes.Profiles.ExpungeDeletes();
        await StepAsync(ErasureStep.Index, cancellationToken);
        var redacted = store is IRedactableChangeLog redactable
            ? await redactable.RedactChangesAsync(RecordKind.Profiles, expertId) + await redactable.RedactChangesAsync(BookingLedger.ExpertKind, expertId)
                + await redactable.RedactChangesAsync(CalendarFeeds.OwnerKind, CalendarFeeds.OwnerId(NotificationRecipients.Expert, expertId))
                + await redactable.RedactChangesAsync(NotificationPreferenceStore.Kind, NotificationPreferenceStore.IdOf(NotificationRecipients.Expert, expertId))
            : 0;
        await StepAsync(ErasureStep.ChangeLog, cancellationToken);
        redacted += await TombstoneAuditAsync(expertId, tombstone, cancellationToken);
        await StepAsync(ErasureStep.Audit, cancellationToken);
        await FinishAsync(tombstone, cancellationToken);
        await StepAsync(ErasureStep.Finished, cancellationToken);
        return new ErasureReport(ErasureOutcome.Erased, tombstone, decisions, logged, redacted);
    }

    /// <summary>
    /// Open assignments are cancelled through the workflow first (audited; that frees the need's position and the
    /// expert's dates), then each one's anonymous <see cref="IndicatorFact"/> is written (so past indicators do not
    /// change), then every assignment of the expert and their booking sheet go. The fact's id is keyed on the
    /// assignment's, so a resumed erasure finds it written and writes nothing twice.
    /// </summary>
    private async Task EraseAssignmentsAsync(string expertId, CancellationToken cancellationToken)
    {
        foreach (var assignment in (await new AssignmentDirectory(store).AllAsync(cancellationToken)).Where(a => a.ExpertId == expertId))
        {
            if (!AssignmentWorkflow.IsFinal(assignment.State))
            {
                var cancelled = await assignments.TransitionAsync(assignment.Id, AssignmentState.Cancelled, CancelReason, ErasureCaller, cancellationToken: cancellationToken);
                if (!cancelled.Succeeded && cancelled.Outcome != AssignmentOutcome.NotFound)
                {
                    throw new InvalidOperationException($"{AssignmentService.Kind}/{assignment.Id} could not be cancelled: {cancelled.Reason}");
                }
            }

            await RecordFactAsync(assignment.Id, cancellationToken);
            await store.DeleteAsync(AssignmentService.Kind, assignment.Id, cancellationToken: cancellationToken);
        }

        await store.DeleteAsync(BookingLedger.ExpertKind, expertId, cancellationToken: cancellationToken);
    }

    private async Task RecordFactAsync(string assignmentId, CancellationToken cancellationToken)
    {
        // Read again: the cancellation above is part of the mission's history.
        if (await store.GetAsync(AssignmentService.Kind, assignmentId, cancellationToken) is not { } document)
        {
            return;
        }

        var assignment = RecordTypes.Read<Assignment>(document.Json);
        var need = await store.GetAsync(RecordKind.Needs, assignment.NeedId, cancellationToken) is { } needDocument ? RecordTypes.Read<Need>(needDocument.Json) : null;
        // The profile goes after the assignments: its country of residence and declared gender are still there to copy.
        var expert = await store.GetAsync(RecordKind.Profiles, assignment.ExpertId, cancellationToken) is { } profileDocument ? RecordTypes.Read<ExpertProfile>(profileDocument.Json) : null;
        var fact = ProgrammeIndicators.FactOf(assignment, need, expert, ErasureKey.Tombstone(key, AssignmentService.Kind + "/" + assignmentId).Replace("erased-", "fact-", StringComparison.Ordinal));
        try
        {
            await store.CreateAsync(IndicatorFact.Kind, fact.Id, JsonSerializer.SerializeToUtf8Bytes(fact, RecordJson.Options), cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // written before a crash interrupted this erasure
        }
    }

    /// <summary>The event with the expert's id replaced by the tombstone wherever it stands (re-filed when it is about them), or null when it does not name them.</summary>
    private static AuditEvent? Scrubbed(AuditEvent entry, string documentId, string expertId, string tombstone)
    {
        var about = entry.SubjectId == expertId;
        var (before, after) = (Scrub(entry.Before, expertId, tombstone), Scrub(entry.After, expertId, tombstone));
        if (!about && entry.By != expertId && before == entry.Before && after == entry.After)
        {
            return null;
        }

        var oldPrefix = AuditLog.PrefixOf(expertId);
        return entry with
        {
            Id = about ? AuditLog.PrefixOf(tombstone) + (documentId.StartsWith(oldPrefix, StringComparison.Ordinal) ? documentId[oldPrefix.Length..] : documentId) : entry.Id,
            SubjectId = about ? tombstone : entry.SubjectId,
            By = entry.By == expertId ? tombstone : entry.By,
            Before = before,
            After = after,
        };
    }

    /// <summary>
    /// Writes a scrubbed event in place. Another erasure may rewrite the same event at once (a merge or a probable
    /// duplicate names two people): a lost race reads the event again and scrubs what it has become.
    /// </summary>
    private async Task ReplaceScrubbedAsync(StoredDocument document, byte[] json, string expertId, string tombstone, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await store.ReplaceAsync(AuditLog.Kind, document.Id, json, document.Version, cancellationToken);
                return;
            }
            catch (DocumentConflictException) when (attempt < Backoff.MaxAttempts)
            {
                await Backoff.DelayAsync(attempt, cancellationToken);
                if (await store.GetAsync(AuditLog.Kind, document.Id, cancellationToken) is not { } fresh
                    || Scrubbed(RecordTypes.Read<AuditEvent>(fresh.Json), fresh.Id, expertId, tombstone) is not { } again)
                {
                    return; // gone, or scrubbed of this expert already
                }

                (document, json) = (fresh, JsonSerializer.SerializeToUtf8Bytes(again, RecordJson.Options));
            }
        }
    }

    /// <summary>
    /// The audit keeps what happened but not to whom: events about the expert move under the tombstone (their
    /// store ids begin with a hash of the subject, so they are re-filed under the tombstone's and the old ids
    /// redacted from the change log), events by the expert name the tombstone, summaries naming the expert (a
    /// probable duplicate "of" them, a merge) name the tombstone, and one event records the erasure.
    /// Returns the change log entries redacted.
    /// </summary>
    private async Task<int> TombstoneAuditAsync(string expertId, string tombstone, CancellationToken cancellationToken)
    {
        var redacted = 0;
        var erasureRecorded = false;
        await foreach (var document in store.ScanAsync(AuditLog.Kind, cancellationToken))
        {
            var entry = RecordTypes.Read<AuditEvent>(document.Json);
            erasureRecorded |= entry is { Action: "profiles.erased" } && entry.SubjectId == tombstone;
            if (Scrubbed(entry, document.Id, expertId, tombstone) is not { } scrubbed)
            {
                continue;
            }

            var json = JsonSerializer.SerializeToUtf8Bytes(scrubbed, RecordJson.Options);
            if (scrubbed.Id == document.Id)
            {
                await ReplaceScrubbedAsync(document, json, expertId, tombstone, cancellationToken);
                continue;
            }

            try
            {
                await store.CreateAsync(AuditLog.Kind, scrubbed.Id, json, cancellationToken);
            }
            catch (DocumentConflictException)
            {
                // re-filed before a crash; only the old copy is left to remove
            }

            await store.DeleteAsync(AuditLog.Kind, document.Id, cancellationToken: cancellationToken);
            redacted += store is IRedactableChangeLog redactable ? await redactable.RedactChangesAsync(AuditLog.Kind, document.Id) : 0;
        }

        if (!erasureRecorded)
        {
            await audit.AppendAsync(null, "profiles.erased", RecordKind.Profiles, tombstone, null, null, cancellationToken);
        }

        return redacted;
    }

    /// <summary>The summary with each whole-word mention of the id (not a longer id it begins) replaced by the tombstone.</summary>
    private static string? Scrub(string? text, string expertId, string tombstone) =>
        text is null || !text.Contains(expertId, StringComparison.Ordinal)
            ? text
            : Regex.Replace(text, $@"(?<![A-Za-z0-9_.\-]){Regex.Escape(expertId)}(?!\.?[A-Za-z0-9_\-])", tombstone, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The journal entry keeps the tombstone and when, and forgets whom.</summary>
    private async Task FinishAsync(string tombstone, CancellationToken cancellationToken)
    {
        while (await store.GetAsync(Kind, tombstone, cancellationToken) is { } document)
        {
            var entry = RecordTypes.Read<ErasureEntry>(document.Json);
            if (entry.State == ErasureEntry.Done)
            {
                return;
            }

            var done = entry with { State = ErasureEntry.Done, ExpertId = null, FinishedAt = matches.Time.GetUtcNow() };
            try
            {
                await store.ReplaceAsync(Kind, tombstone, JsonSerializer.SerializeToUtf8Bytes(done, RecordJson.Options), document.Version, cancellationToken);
                return;
            }
            catch (DocumentConflictException)
            {
                // a concurrent run finished it; read again
            }
        }
    }

    private Task StepAsync(ErasureStep step, CancellationToken cancellationToken) =>
        StepCompleted is { } hook ? hook(step, cancellationToken) : Task.CompletedTask;
}
