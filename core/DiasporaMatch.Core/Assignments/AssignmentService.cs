using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Audit;
using DiasporaMatch.Decisions;
using DiasporaMatch.Needs;
using DiasporaMatch.Profiles;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Assignments;

/// <summary>
/// Opens assignments and moves them through <see cref="AssignmentWorkflow"/>. Every write is conditional on the
/// version just read; a lost race re-reads and decides again (the move may have become illegal, or already be
/// done). Approval books the expert's dates and one of the need's positions first (<see cref="BookingLedger"/>).
/// Each move is audited and, where the training signal has a word for it, recorded as a decision.
/// </summary>
public sealed class AssignmentService(IDocumentStore store, RecordService records, AuditLog audit, TimeProvider time)
{
    public const string Kind = "assignments";
    public const int MaxReasonLength = 500;
    public const int KeptNotes = 20;

    private readonly BookingLedger _ledger = new(store);
    private readonly StripedGate _gate = new();

    /// <summary>Raised with each decision the workflow records (the host's match service logs the pair's features).</summary>
    public event Func<Decision, CancellationToken, Task>? DecisionRecorded;

    public static AssignmentParty PartyOf(Caller? caller, Assignment assignment) => caller switch
    {
        null => AssignmentParty.None,
        { IsStaff: true } => AssignmentParty.Staff,
        { Role: Role.Expert } when caller.Subject == assignment.ExpertId => AssignmentParty.Expert,
        { Role: Role.Institution } when caller.OrganisationId == assignment.OrganisationId => AssignmentParty.Institution,
        _ => AssignmentParty.None,
    };

    public async Task<AssignmentResult> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await ReadAsync(id, cancellationToken) is var (document, assignment) ? AssignmentResult.Ok(assignment, document.Version) : NotFound(id);

    /// <summary>The stored assignment with its document (for its version), or null when there is none.</summary>
    private async Task<(StoredDocument Document, Assignment Assignment)?> ReadAsync(string id, CancellationToken cancellationToken) =>
        await store.GetAsync(Kind, id, cancellationToken) is { } document ? (document, RecordTypes.Read<Assignment>(document.Json)) : null;

    private static AssignmentResult KeptChanging(string id) => AssignmentResult.Refused(AssignmentOutcome.Contention, $"{Kind}/{id} kept changing; try again");

    private static AssignmentResult NotFound(string id) => AssignmentResult.Refused(AssignmentOutcome.NotFound, $"{Kind}/{id} does not exist");

    /// <summary>The approved assignments holding an expert's dates or a need's positions.</summary>
    public async Task<IReadOnlyList<BookingEntry>> BookingsAsync(bool ofExpert, string id, CancellationToken cancellationToken = default) =>
        (await _ledger.ReadAsync(ofExpert ? BookingLedger.ExpertKind : BookingLedger.NeedKind, id, cancellationToken)).Entries;

    /// <summary>
    /// <paramref name="ranked"/> (a need's candidates) with the experts booked on dates overlapping the need's
    /// <paramref name="window"/> listed last, saying when (<see cref="BookedLast"/>).
    /// </summary>
    public async Task<IReadOnlyList<MatchResult>> BookedLastAsync(IReadOnlyList<MatchResult> ranked, DateRange? window, CancellationToken cancellationToken = default)
    {
        if (window is null || ranked.Count == 0)
        {
            return ranked;
        }

        var bookings = await Task.WhenAll(ranked.Select(r => BookingsAsync(ofExpert: true, r.ExpertId, cancellationToken)));
        return BookedLast.Order(ranked, window, bookings);
    }

    public async Task<AssignmentResult> CreateAsync(AssignmentRequest request, Caller caller, CancellationToken cancellationToken = default)
    {
        if (!caller.IsStaff)
        {
            return AssignmentResult.Refused(AssignmentOutcome.Forbidden, "only programme staff open assignments");
        }

        if (new[] { request.NeedId, request.ExpertId, request.Id ?? "A" }.FirstOrDefault(id => !TextChecks.IsValidId(id)) is { } badId)
        {
            return AssignmentResult.Refused(AssignmentOutcome.Invalid, TextChecks.CheckId(badId)!);
        }

        var needDocument = await store.GetAsync(RecordKind.Needs, request.NeedId, cancellationToken);
        if (needDocument is null || await store.GetAsync(RecordKind.Profiles, request.ExpertId, cancellationToken) is null)
        {
            return AssignmentResult.Refused(AssignmentOutcome.Invalid, needDocument is null ? $"needs/{request.NeedId} does not exist" : $"profiles/{request.ExpertId} does not exist");
        }

        var need = RecordTypes.Read<Need>(needDocument.Json);
        if (DatesProblem(need, request) is { } problem)
        {
            return problem;
        }

        var now = time.GetUtcNow();
        var assignment = new Assignment
        {
            Id = request.Id ?? $"A-{Guid.CreateVersion7(now):N}",
            NeedId = need.Id,
            ExpertId = request.ExpertId,
            OrganisationId = need.OrganisationId,
            From = request.From,
            To = request.To,
            State = AssignmentState.Shortlisted,
            History = [new AssignmentTransition(null, AssignmentState.Shortlisted, RoleName(caller), caller.Subject, now, null)],
        };

        try
        {
            var stored = await store.CreateAsync(Kind, assignment.Id, Serialize(assignment), cancellationToken);
            await AfterMoveAsync(caller, assignment, null, null, cancellationToken);
            return AssignmentResult.Ok(assignment, stored.Version);
        }
        catch (DocumentConflictException)
        {
            return AssignmentResult.Refused(AssignmentOutcome.Invalid, $"{Kind}/{assignment.Id} exists already");
        }
    }

    public async Task<AssignmentResult> TransitionAsync(
        string id, AssignmentState to, string? reason, Caller caller, int? rating = null, CancellationToken cancellationToken = default)
    {
        if (InputProblem(to, reason, rating) is { } problem)
        {
            return AssignmentResult.Refused(AssignmentOutcome.Invalid, problem);
        }

        var reserved = false;
        for (var attempt = 0; attempt < Backoff.MaxAttempts; attempt++)
        {
            using var turn = await _gate.EnterAsync(id, cancellationToken);
            if (await ReadAsync(id, cancellationToken) is not var (document, current))
            {
                return NotFound(id);
            }

            var party = PartyOf(caller, current);
            if (party == AssignmentParty.None)
            {
                return AssignmentResult.Refused(AssignmentOutcome.Forbidden, "you are not a party to this assignment");
            }

            // A repeated request (a client retrying after a lost answer, or two staff approving at once) gets the
            // state it asked for, not an error; nothing is written, audited or booked twice.
            if (current.State == to && AssignmentWorkflow.CanEnter(to, party))
            {
                return AssignmentResult.Ok(current, document.Version);
            }

            if (AssignmentWorkflow.Check(current.State, to, party) is { } refusal)
            {
                // Our reservation was made while the assignment was confirmed; it has since moved elsewhere, and
                // no state leads back to confirmed, so nobody can still need it (unless it is booked: then it is theirs).
                if (reserved && !AssignmentWorkflow.IsBooked(current.State))
                {
                    await _ledger.ReleaseAsync(current, cancellationToken);
                }

                return AssignmentResult.Refused(refusal.Outcome, refusal.Reason);
            }

            if (to == AssignmentState.Approved)
            {
                var need = await store.GetAsync(RecordKind.Needs, current.NeedId, cancellationToken) is { } n ? RecordTypes.Read<Need>(n.Json) : null;
                if (await _ledger.ReserveAsync(current, need?.Positions ?? 0, cancellationToken) is { } booking)
                {
                    return booking;
                }

                reserved = true;
            }

            var next = Apply(current, to, reason, rating, caller);
            try
            {
                var stored = await store.ReplaceAsync(Kind, id, Serialize(next), document.Version, cancellationToken);
                turn.Dispose();
                if (AssignmentWorkflow.IsFinal(to) && !AssignmentWorkflow.IsBooked(to))
                {
                    // Cancelled after approval frees the dates and the position; other endings just tidy up.
                    await _ledger.ReleaseAsync(next, cancellationToken);
                }

                await AfterMoveAsync(caller, next, current.State, rating, cancellationToken);
                return AssignmentResult.Ok(next, stored.Version);
            }
            catch (DocumentConflictException)
            {
                // Another host wrote in between: wait outside the gate, then read again.
                turn.Dispose();
                await Backoff.DelayAsync(attempt, cancellationToken);
            }
        }

        return KeptChanging(id);
    }

    /// <summary>
    /// Moves the mission's dates (staff), within the need's window, in any state that is not final. A booked
    /// assignment moves its booking first, refused (409) if the expert is booked elsewhere on the new dates. The
    /// same dates again change nothing; every change is kept on the assignment and audited.
    /// </summary>
    public async Task<AssignmentResult> RescheduleAsync(string id, DateOnly from, DateOnly to, string? reason, Caller caller, CancellationToken cancellationToken = default)
    {
        if (!caller.IsStaff)
        {
            return AssignmentResult.Refused(AssignmentOutcome.Forbidden, "only programme staff change a mission's dates");
        }

        if (reason is { Length: > MaxReasonLength })
        {
            return AssignmentResult.Refused(AssignmentOutcome.Invalid, $"reason: at most {MaxReasonLength} characters");
        }

        var moved = false;
        for (var attempt = 0; attempt < Backoff.MaxAttempts; attempt++)
        {
            using var turn = await _gate.EnterAsync(id, cancellationToken);
            if (await ReadAsync(id, cancellationToken) is not var (document, current))
            {
                return NotFound(id);
            }

            if (current.From == from && current.To == to)
            {
                return AssignmentResult.Ok(current, document.Version);
            }

            var refused = await RescheduleRefusalAsync(current, from, to, cancellationToken);
            if (refused is null && AssignmentWorkflow.IsBooked(current.State))
            {
                moved = true;
                refused = await _ledger.MoveAsync(current, from, to, cancellationToken);
            }

            if (refused is not null)
            {
                // A booking moved on an earlier turn, whose write then lost to another host's: the sheets go back to
                // what the assignment says now (its dates, or nothing if it ended meanwhile).
                if (moved && AssignmentWorkflow.IsBooked(current.State))
                {
                    await _ledger.MoveAsync(current, current.From, current.To, cancellationToken);
                }
                else if (moved)
                {
                    await _ledger.ReleaseAsync(current, cancellationToken);
                }

                return refused;
            }

            var next = current with
            {
                From = from,
                To = to,
                Reschedules = [.. current.Reschedules, new AssignmentReschedule(current.From, current.To, from, to, RoleName(caller), caller.Subject, time.GetUtcNow(), reason)],
            };
            try
            {
                var stored = await store.ReplaceAsync(Kind, id, Serialize(next), document.Version, cancellationToken);
                turn.Dispose();
                await audit.AppendAsync(caller, $"{Kind}.rescheduled", Kind, id, $"dates {current.From:yyyy-MM-dd} to {current.To:yyyy-MM-dd}", $"dates {from:yyyy-MM-dd} to {to:yyyy-MM-dd}", cancellationToken);
                return AssignmentResult.Ok(next, stored.Version);
            }
            catch (DocumentConflictException)
            {
                turn.Dispose();
                await Backoff.DelayAsync(attempt, cancellationToken);
            }
        }

        return KeptChanging(id);
    }

    /// <summary>Why <paramref name="current"/> cannot take the new dates (a final state, dates outside the need's window), or null.</summary>
    private async Task<AssignmentResult?> RescheduleRefusalAsync(Assignment current, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (AssignmentWorkflow.IsFinal(current.State))
        {
            return AssignmentResult.Refused(AssignmentOutcome.IllegalTransition, $"a {AssignmentWorkflow.Name(current.State)} assignment keeps its dates");
        }

        var need = await store.GetAsync(RecordKind.Needs, current.NeedId, cancellationToken) is { } document ? RecordTypes.Read<Need>(document.Json) : null;
        return need is null ? AssignmentResult.Refused(AssignmentOutcome.Invalid, $"needs/{current.NeedId} does not exist")
            : WindowProblem(need, from, to) is { } problem ? AssignmentResult.Invalid(problem)
            : null;
    }

    /// <summary>Adds a staff note: a plain read-modify-write under contention, retried on every lost race.</summary>
    public async Task<AssignmentResult> AddNoteAsync(string id, string text, Caller caller, CancellationToken cancellationToken = default)
    {
        if (!caller.IsStaff)
        {
            return AssignmentResult.Refused(AssignmentOutcome.Forbidden, "only programme staff add notes");
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxReasonLength)
        {
            return AssignmentResult.Refused(AssignmentOutcome.Invalid, $"a note has 1 to {MaxReasonLength} characters");
        }

        for (var attempt = 0; attempt < Backoff.MaxAttempts; attempt++)
        {
            using var turn = await _gate.EnterAsync(id, cancellationToken);
            if (await ReadAsync(id, cancellationToken) is not var (document, current))
            {
                return NotFound(id);
            }

            var next = current with
            {
                Notes = [.. current.Notes.TakeLast(KeptNotes - 1), new AssignmentNote(caller.Subject, time.GetUtcNow(), text)],
                NoteCount = current.NoteCount + 1,
            };
            try
            {
                var stored = await store.ReplaceAsync(Kind, id, Serialize(next), document.Version, cancellationToken);
                turn.Dispose();
                await audit.AppendAsync(caller, "assignments.note", Kind, id, $"notes {current.NoteCount}", $"notes {next.NoteCount}", cancellationToken);
                return AssignmentResult.Ok(next, stored.Version);
            }
            catch (DocumentConflictException)
            {
                turn.Dispose();
                await Backoff.DelayAsync(attempt, cancellationToken);
            }
        }

        return KeptChanging(id);
    }

    private Assignment Apply(Assignment current, AssignmentState to, string? reason, int? rating, Caller caller)
    {
        var now = time.GetUtcNow();
        return current with
        {
            State = to,
            History = [.. current.History, new AssignmentTransition(current.State, to, RoleName(caller), caller.Subject, now, reason)],
            Ratings = rating is { } value ? [.. current.Ratings, new AssignmentRating(RoleName(caller), caller.Subject, value, now)] : current.Ratings,
        };
    }

    /// <summary>The audit event (states only: the reason is free text and stays in the assignment) and the training signal.</summary>
    private async Task AfterMoveAsync(Caller caller, Assignment assignment, AssignmentState? from, int? rating, CancellationToken cancellationToken)
    {
        var to = AssignmentWorkflow.Name(assignment.State);
        var after = rating is null ? $"state {to}" : $"state {to}, rating {rating}";
        await audit.AppendAsync(caller, $"{Kind}.{to}", Kind, assignment.Id, from is { } f ? $"state {AssignmentWorkflow.Name(f)}" : null, after, cancellationToken);

        if (DecisionValue(assignment.State) is not { } value)
        {
            return;
        }

        var decision = new Decision { NeedId = assignment.NeedId, ExpertId = assignment.ExpertId, Value = value, At = time.GetUtcNow(), By = caller.Subject, Rating = rating };
        var body = JsonSerializer.SerializeToElement(new { decision.NeedId, decision.ExpertId, decision = value, decision.At, decision.By, decision.Rating }, RecordJson.Options);
        var outcome = await records.CreateAsync(RecordKind.Decisions, body, cancellationToken);

        // The move stands even if the signal cannot be stored (say the profile was erased meanwhile): training
        // data is a by-product, the workflow is the record.
        if (outcome.Succeeded && DecisionRecorded is { } handlers)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<Func<Decision, CancellationToken, Task>>())
            {
                await handler(decision with { Id = outcome.Id! }, cancellationToken);
            }
        }
    }

    /// <summary>The training signal's word for a state, where it has one (confirmed, in progress and cancelled say nothing about fit).</summary>
    private static string? DecisionValue(AssignmentState state) => state switch
    {
        AssignmentState.Shortlisted => "shortlisted",
        AssignmentState.Proposed => "proposed",
        AssignmentState.Accepted => "accepted",
        AssignmentState.Declined => "declined",
        AssignmentState.Approved => "approved",
        AssignmentState.Rejected => "rejected",
        AssignmentState.Completed => "completed",
        _ => null,
    };

    private static string? InputProblem(AssignmentState to, string? reason, int? rating)
    {
        if (reason is { Length: > MaxReasonLength })
        {
            return $"reason: at most {MaxReasonLength} characters";
        }

        if (to == AssignmentState.Cancelled && string.IsNullOrWhiteSpace(reason))
        {
            return "reason: say why the assignment is cancelled";
        }

        if (to == AssignmentState.Completed)
        {
            return rating is >= 1 and <= 5 ? null : "rating: completing an assignment takes a rating from 1 to 5";
        }

        return rating is null ? null : "rating: only completing an assignment takes a rating";
    }

    private static AssignmentResult? DatesProblem(Need need, AssignmentRequest request) =>
        need.Status != Needs.NeedLifecycle.Open ? AssignmentResult.Refused(AssignmentOutcome.Invalid, $"needs/{need.Id} is {need.Status}")
        : WindowProblem(need, request.From, request.To) is { } error ? AssignmentResult.Invalid(error)
        : null;

    /// <summary>The dates' problem as a coded field error: reversed, or outside the need's window.</summary>
    private static FieldError? WindowProblem(Need need, DateOnly from, DateOnly to)
    {
        if (from > to)
        {
            return new FieldError("to", $"must not be before from ({Iso(from)})") { Code = "toBeforeFrom", Args = Args(("from", Iso(from))) };
        }

        return need.Window is { } window && (from < window.From || to > window.To)
            ? new FieldError(from < window.From ? "from" : "to", $"must fall within the need's window {Iso(window.From)} to {Iso(window.To)}")
            {
                Code = "outsideWindow",
                Args = Args(("from", Iso(window.From)), ("to", Iso(window.To))),
            }
            : null;

        static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        static Dictionary<string, string> Args(params (string Name, string Value)[] args) => args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
    }

    private static string RoleName(Caller caller) => caller.Role.ToString().ToLowerInvariant();

    private static byte[] Serialize(Assignment assignment) => JsonSerializer.SerializeToUtf8Bytes(assignment, RecordJson.Options);
}
