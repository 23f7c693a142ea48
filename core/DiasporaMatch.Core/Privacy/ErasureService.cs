using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Assignments;
using DiasporaMatch.Audit;
using DiasporaMatch.Decisions;
using DiasporaMatch.Matching;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Privacy;

/// <summary>
/// Erases an expert everywhere the service keeps them: the profile, the decisions about them (the training
/// rows: no later training run sees them), the feature logs, the search index (deleted documents are merged
/// away, not just marked) and the id in the store's change log when the store can redact it (<see cref="IRedactableChangeLog"/>).
/// </summary>
public sealed class ErasureService(IDocumentStore store, MatchService matches, AuditLog audit, AssignmentService? assignments = null)
{
    private static readonly Caller ErasureCaller = new(Role.Staff, "erasure");

    public async Task<ErasureReport> EraseAsync(string expertId, CancellationToken cancellationToken = default)
    {
        StoreNames.Check(RecordKind.Profiles, expertId);
        var decisions = 0;
        await foreach (var document in store.ScanAsync(RecordKind.Decisions, cancellationToken))
        {
            if (RecordTypes.Read<Decision>(document.Json).ExpertId == expertId
                && await store.DeleteAsync(RecordKind.Decisions, document.Id, document.Version, cancellationToken))
            {
                decisions++;
            }
        }

        await EraseAssignmentsAsync(expertId, cancellationToken);
        var found = await store.DeleteAsync(RecordKind.Profiles, expertId, cancellationToken: cancellationToken);
        var logged = matches.FeatureLog is { } log ? await log.EraseAsync(expertId, cancellationToken) : 0;

        // Apply the deletes to the index first: after the change log forgets the id, nothing could.
        await matches.Indexer.CatchUpAsync(cancellationToken);
        matches.Indexes.Profiles.ExpungeDeletes();
        var redacted = store is IRedactableChangeLog redactable ? await redactable.RedactChangesAsync(RecordKind.Profiles, expertId) : 0;
        await TombstoneAuditAsync(expertId, cancellationToken);
        return new ErasureReport(found, decisions, logged, redacted);
    }

    /// <summary>
    /// Open assignments are cancelled first (that frees the need's position), then every assignment of the
    /// expert and their booking sheet go; the sheet is named after the expert, so its log entries are redacted.
    /// </summary>
    private async Task EraseAssignmentsAsync(string expertId, CancellationToken cancellationToken)
    {
        await foreach (var document in store.ScanAsync(AssignmentService.Kind, cancellationToken))
        {
            var assignment = RecordTypes.Read<Assignment>(document.Json);
            if (assignment.ExpertId != expertId)
            {
                continue;
            }

            if (assignments is not null && !AssignmentWorkflow.IsFinal(assignment.State))
            {
                await assignments.TransitionAsync(document.Id, AssignmentState.Cancelled, "the expert's data was erased", ErasureCaller, cancellationToken: cancellationToken);
            }

            await store.DeleteAsync(AssignmentService.Kind, document.Id, cancellationToken: cancellationToken);
        }

        if (await store.DeleteAsync(BookingLedger.ExpertKind, expertId, cancellationToken: cancellationToken) && store is IRedactableChangeLog redactable)
        {
            await redactable.RedactChangesAsync(BookingLedger.ExpertKind, expertId);
        }
    }

    /// <summary>
    /// The audit keeps what happened but not to whom: events about or by the expert name a one-way tombstone
    /// instead, and one more event records the erasure itself.
    /// </summary>
    private async Task TombstoneAuditAsync(string expertId, CancellationToken cancellationToken)
    {
        var tombstone = "erased-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(expertId)).AsSpan(0, 8));
        await foreach (var document in store.ScanAsync(AuditLog.Kind, cancellationToken))
        {
            var entry = RecordTypes.Read<AuditEvent>(document.Json);
            if (entry.SubjectId == expertId || entry.By == expertId)
            {
                var scrubbed = entry with
                {
                    SubjectId = entry.SubjectId == expertId ? tombstone : entry.SubjectId,
                    By = entry.By == expertId ? tombstone : entry.By,
                };
                await store.ReplaceAsync(AuditLog.Kind, document.Id, JsonSerializer.SerializeToUtf8Bytes(scrubbed, RecordJson.Options), document.Version, cancellationToken);
            }
        }

        await audit.AppendAsync(null, "profiles.erased", RecordKind.Profiles, tombstone, null, null, cancellationToken);
    }
}
