using System.Text.Json;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Assignments;

/// <summary>
/// The two booking invariants, kept in one document each: an expert's sheet never holds overlapping dates, a
/// need's sheet never holds more entries than the need has positions. Each check and its append are one
/// conditional write, so of two racing approvals one writes first and the other re-reads and re-checks: it
/// either still fits or is refused with the reason. Entries are keyed by assignment id, so a retried approval
/// finds its own entry and goes on.
/// </summary>
internal sealed class BookingLedger(IDocumentStore store)
{
    public const string ExpertKind = "expert-bookings";
    public const string NeedKind = "need-positions";

    /// <summary>Null when both the need's position and the expert's dates are now held for <paramref name="assignment"/>, else the refusal.</summary>
    public async Task<AssignmentResult?> ReserveAsync(Assignment assignment, int positions, CancellationToken cancellationToken)
    {
        var (addedPosition, refusal) = await AddAsync(NeedKind, assignment.NeedId, assignment, sheet =>
            sheet.Entries.Count >= positions
                ? $"need {assignment.NeedId} has all its {positions} position(s) filled (by {string.Join(", ", sheet.Entries.Select(e => e.AssignmentId))})"
                : null, cancellationToken);
        if (refusal is { } full)
        {
            return AssignmentResult.Refused(full.Outcome, full.Reason) with { PositionsFilled = full.Outcome == AssignmentOutcome.BookingConflict ? positions : null };
        }

        BookingEntry? clash = null;
        (_, refusal) = await AddAsync(ExpertKind, assignment.ExpertId, assignment, sheet => Clash(sheet, assignment, assignment.From, assignment.To, out clash), cancellationToken);
        if (refusal is null)
        {
            return null;
        }

        if (addedPosition)
        {
            // Give back the position this call took, so a refused approval holds nothing.
            await RemoveAsync(NeedKind, assignment.NeedId, assignment.Id, cancellationToken);
        }

        return AssignmentResult.Refused(refusal.Value.Outcome, refusal.Value.Reason) with { Clash = clash };
    }

    /// <summary>
    /// Moves a booked assignment's entries to new dates: null when done, else the refusal naming the expert's other
    /// booking the new dates would overlap (nothing is changed then). The need's entry follows without a check.
    /// </summary>
    public async Task<AssignmentResult?> MoveAsync(Assignment assignment, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        BookingEntry? clash = null;
        var refusal = await ReplaceAsync(ExpertKind, assignment.ExpertId, assignment.Id, from, to, sheet => Clash(sheet, assignment, from, to, out clash), cancellationToken)
            ?? await ReplaceAsync(NeedKind, assignment.NeedId, assignment.Id, from, to, _ => null, cancellationToken);
        return refusal is { } r ? AssignmentResult.Refused(r.Outcome, r.Reason) with { Clash = clash } : null;
    }

    /// <summary>The reason the expert's sheet cannot take <paramref name="assignment"/> on these dates (another booking overlaps), or null.</summary>
    private static string? Clash(BookingSheet sheet, Assignment assignment, DateOnly from, DateOnly to, out BookingEntry? clash)
    {
        clash = sheet.Entries.FirstOrDefault(e => e.AssignmentId != assignment.Id && e.From <= to && from <= e.To);
        return clash is { } c
            ? $"expert {assignment.ExpertId} is already booked from {c.From:yyyy-MM-dd} to {c.To:yyyy-MM-dd} (assignment {c.AssignmentId}), overlapping {from:yyyy-MM-dd} to {to:yyyy-MM-dd}"
            : null;
    }

    /// <summary>Frees the assignment's dates and position (cancelled after approval, or an approval that did not land).</summary>
    public async Task ReleaseAsync(Assignment assignment, CancellationToken cancellationToken)
    {
        await RemoveAsync(NeedKind, assignment.NeedId, assignment.Id, cancellationToken);
        await RemoveAsync(ExpertKind, assignment.ExpertId, assignment.Id, cancellationToken);
    }

    public async Task<BookingSheet> ReadAsync(string kind, string id, CancellationToken cancellationToken) =>
        (await store.GetAsync(kind, id, cancellationToken)) is { } document ? RecordTypes.Read<BookingSheet>(document.Json) : new BookingSheet(id, []);

    /// <summary>Adds the assignment's entry unless it is there already (a retried approval goes on) or <paramref name="refuse"/> objects.</summary>
    private Task<(bool Written, (AssignmentOutcome Outcome, string Reason)? Refusal)> AddAsync(
        string kind, string id, Assignment assignment, Func<BookingSheet, string?> refuse, CancellationToken cancellationToken) =>
        UpdateAsync(kind, id, sheet =>
            sheet.Entries.Any(e => e.AssignmentId == assignment.Id) ? (null, null)
            : refuse(sheet) is { } reason ? (reason, null)
            : (null, sheet with { Entries = [.. sheet.Entries, new BookingEntry(assignment.Id, assignment.From, assignment.To)] }), cancellationToken);

    /// <summary>Puts the assignment's entry in the sheet with the given dates (added if it was missing), unless <paramref name="refuse"/> objects.</summary>
    private async Task<(AssignmentOutcome Outcome, string Reason)?> ReplaceAsync(
        string kind, string id, string assignmentId, DateOnly from, DateOnly to, Func<BookingSheet, string?> refuse, CancellationToken cancellationToken) =>
        (await UpdateAsync(kind, id, sheet =>
            refuse(sheet) is { } reason ? (reason, null)
            : (null, sheet with { Entries = [.. sheet.Entries.Where(e => e.AssignmentId != assignmentId), new BookingEntry(assignmentId, from, to)] }), cancellationToken)).Refusal;

    private async Task RemoveAsync(string kind, string id, string assignmentId, CancellationToken cancellationToken)
    {
        var (_, refusal) = await UpdateAsync(kind, id, sheet =>
            sheet.Entries.All(e => e.AssignmentId != assignmentId) ? (null, null)
            : (null, sheet with { Entries = [.. sheet.Entries.Where(e => e.AssignmentId != assignmentId)] }), cancellationToken);
        if (refusal is not null)
        {
            throw new InvalidOperationException($"{kind}/{id} kept changing while releasing {assignmentId}");
        }
    }

    /// <summary>
    /// One conditional read-change-write of a sheet, retried on every lost race: <paramref name="change"/> refuses
    /// (a reason), has nothing to do (both null) or gives the next sheet.
    /// </summary>
    private async Task<(bool Written, (AssignmentOutcome Outcome, string Reason)? Refusal)> UpdateAsync(
        string kind, string id, Func<BookingSheet, (string? Refusal, BookingSheet? Next)> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Backoff.MaxAttempts; attempt++)
        {
            var document = await store.GetAsync(kind, id, cancellationToken);
            var (reason, next) = change(document is null ? new BookingSheet(id, []) : RecordTypes.Read<BookingSheet>(document.Json));
            if (reason is not null)
            {
                return (false, (AssignmentOutcome.BookingConflict, reason));
            }

            if (next is null)
            {
                return (false, null);
            }

            try
            {
                _ = document is null
                    ? await store.CreateAsync(kind, id, Serialize(next), cancellationToken)
                    : await store.ReplaceAsync(kind, id, Serialize(next), document.Version, cancellationToken);
                return (true, null);
            }
            catch (DocumentConflictException)
            {
                await Backoff.DelayAsync(attempt, cancellationToken);
            }
        }

        return (false, (AssignmentOutcome.Contention, $"{kind}/{id} kept changing; try again"));
    }

    private static byte[] Serialize(BookingSheet sheet) => JsonSerializer.SerializeToUtf8Bytes(sheet, RecordJson.Options);
}
