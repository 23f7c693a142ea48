using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Assignments;
using DiasporaMatch.Audit;
using DiasporaMatch.Needs;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Allocation;

/// <summary>
/// Keeps computed plans and applies them: each accepted row becomes a shortlisted assignment through
/// <see cref="AssignmentService"/> (its checks, audit and training signal). Applying is all or nothing: the plan is
/// claimed with a conditional write (a second apply gets <see cref="PlanApplyOutcome.AlreadyApplied"/>); the needs,
/// need positions and expert bookings the rows depend on are compared with the versions read when planning before
/// anything is written and again once every assignment is open; a change at either point, or a row the workflow
/// refuses, cancels what was opened and releases the claim.
/// </summary>
public sealed class AllocationPlans(IDocumentStore store, AssignmentService assignments, AuditLog audit, TimeProvider time)
{
    public const string Kind = "allocation-plans";

    public async Task<StoredPlan> SaveAsync(AllocationReport report, AllocationRequest request, Caller caller, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var plan = new StoredPlan
        {
            Id = $"AP-{Guid.CreateVersion7(now):N}",
            CreatedAt = now,
            By = caller.Subject,
            NeedIds = request.NeedIds,
            From = request.From,
            To = request.To,
            Top = request.Top,
            Ranker = request.Ranker,
            MaxPerExpert = request.Options.MaxPerExpert,
            Pins = request.Options.Pins,
            Excludes = request.Options.Excludes,
            Rows = report.Plan.Rows,
            Unfilled = report.Plan.Unfilled,
            Quality = report.Plan.Quality,
            GreedyQuality = report.GreedyQuality,
            Optimal = report.Plan.Optimal,
            Gini = report.Gini,
            Coverage = report.Coverage,
            Basis = report.Basis,
        };
        await store.CreateAsync(Kind, plan.Id, Serialize(plan), cancellationToken);
        await audit.AppendAsync(caller, $"{Kind}.planned", Kind, plan.Id, null, $"rows {plan.Rows.Count}", cancellationToken);
        return plan;
    }

    public async Task<StoredPlan?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await store.GetAsync(Kind, id, cancellationToken) is { } document ? RecordTypes.Read<StoredPlan>(document.Json) : null;

    /// <summary>Opens a shortlisted assignment for every row of plan <paramref name="id"/> except <paramref name="excludes"/>, or none.</summary>
    public async Task<PlanApplyResult> ApplyAsync(string id, IReadOnlyList<AllocationPair> excludes, Caller caller, CancellationToken cancellationToken = default)
    {
        var document = await store.GetAsync(Kind, id, cancellationToken);
        if (document is null)
        {
            return PlanApplyResult.Refused(PlanApplyOutcome.NotFound, $"{Kind}/{id} does not exist");
        }

        var plan = RecordTypes.Read<StoredPlan>(document.Json);
        if (plan.State != StoredPlan.Planned)
        {
            return AlreadyApplied(plan);
        }

        var rowPairs = plan.Rows.Select(r => new AllocationPair(r.NeedId, r.ExpertId)).ToHashSet();
        if (excludes.FirstOrDefault(e => !rowPairs.Contains(e)) is { } stranger)
        {
            return PlanApplyResult.Refused(PlanApplyOutcome.Invalid, $"exclude {stranger.NeedId}/{stranger.ExpertId}: not a row of plan {id}");
        }

        var rows = plan.Rows.Where(r => !excludes.Contains(new AllocationPair(r.NeedId, r.ExpertId))).ToList();
        if (rows.Count == 0)
        {
            return PlanApplyResult.Refused(PlanApplyOutcome.Invalid, $"plan {id} has no row to apply");
        }

        var (changes, needs) = await CheckAsync(plan, rows, cancellationToken);
        if (changes.Count > 0)
        {
            return Changed(id, changes, undone: 0);
        }

        if (rows.FirstOrDefault(r => needs[r.NeedId].Window is null) is { } undated)
        {
            return PlanApplyResult.Refused(PlanApplyOutcome.Invalid, $"needs/{undated.NeedId} has no window, so its assignment has no dates: open it by hand");
        }

        StoredDocument claim;
        try
        {
            claim = await store.ReplaceAsync(Kind, id, Serialize(plan with { State = StoredPlan.Applying, AppliedBy = caller.Subject }), document.Version, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            return await GetAsync(id, cancellationToken) is { } now ? AlreadyApplied(now) : PlanApplyResult.Refused(PlanApplyOutcome.NotFound, $"{Kind}/{id} does not exist");
        }

        var opened = new List<string>();
        foreach (var row in rows)
        {
            var window = needs[row.NeedId].Window!;
            var created = await assignments.CreateAsync(new AssignmentRequest(row.NeedId, row.ExpertId, window.From, window.To), caller, cancellationToken);
            if (!created.Succeeded)
            {
                await UndoAsync(plan, claim, opened, $"row {row.NeedId}/{row.ExpertId} refused", caller, cancellationToken);
                return PlanApplyResult.Refused(PlanApplyOutcome.Invalid, $"row {row.NeedId}/{row.ExpertId}: {created.Reason}; nothing applied");
            }

            opened.Add(created.Assignment!.Id);
        }

        // A booking or need written while the rows were being opened: the plan no longer holds, so take it all back.
        (changes, _) = await CheckAsync(plan, rows, cancellationToken);
        if (changes.Count > 0)
        {
            await UndoAsync(plan, claim, opened, "changed while applying", caller, cancellationToken);
            return Changed(id, changes, opened.Count);
        }

        var applied = plan with { State = StoredPlan.Applied, AppliedAt = time.GetUtcNow(), AppliedBy = caller.Subject, Assignments = opened };
        await store.ReplaceAsync(Kind, id, Serialize(applied), claim.Version, cancellationToken);
        await audit.AppendAsync(caller, $"{Kind}.applied", Kind, id, $"state {StoredPlan.Planned}", $"state {StoredPlan.Applied}, assignments {opened.Count}", cancellationToken);
        return new PlanApplyResult(PlanApplyOutcome.Applied, applied, null, []);
    }

    /// <summary>What changed since planning among the documents <paramref name="rows"/> depend on, and their needs as they are now.</summary>
    private async Task<(List<string> Changes, Dictionary<string, Need> Needs)> CheckAsync(StoredPlan plan, IReadOnlyList<AllocationRow> rows, CancellationToken cancellationToken)
    {
        var changes = new List<string>();
        var needs = new Dictionary<string, Need>(StringComparer.Ordinal);
        foreach (var needId in rows.Select(r => r.NeedId).Distinct(StringComparer.Ordinal))
        {
            var need = await store.GetAsync(RecordKind.Needs, needId, cancellationToken);
            if (need is null)
            {
                changes.Add($"needs/{needId} was deleted");
                continue;
            }

            needs[needId] = RecordTypes.Read<Need>(need.Json);
            if (needs[needId].Status != "open")
            {
                changes.Add($"needs/{needId} is {needs[needId].Status}");
            }
            else if (Changed(plan, RecordKind.Needs, needId, need))
            {
                changes.Add($"needs/{needId} was edited");
            }

            if (Changed(plan, BookingLedger.NeedKind, needId, await store.GetAsync(BookingLedger.NeedKind, needId, cancellationToken)))
            {
                changes.Add($"need {needId}'s filled positions changed (an assignment was approved or cancelled)");
            }
        }

        foreach (var expertId in rows.Select(r => r.ExpertId).Distinct(StringComparer.Ordinal))
        {
            if (Changed(plan, BookingLedger.ExpertKind, expertId, await store.GetAsync(BookingLedger.ExpertKind, expertId, cancellationToken)))
            {
                changes.Add($"expert {expertId}'s bookings changed (an assignment was approved or cancelled)");
            }
        }

        return (changes, needs);
    }

    private static bool Changed(StoredPlan plan, string kind, string id, StoredDocument? now) =>
        !plan.Basis.TryGetValue(AllocationService.Key(kind, id), out var then) || then != AllocationService.VersionOf(now);

    /// <summary>Cancels the assignments this apply opened (they stay in the record, with why) and gives the plan back.</summary>
    private async Task UndoAsync(StoredPlan plan, StoredDocument claim, IReadOnlyList<string> opened, string why, Caller caller, CancellationToken cancellationToken)
    {
        foreach (var assignment in opened)
        {
            var cancelled = await assignments.TransitionAsync(assignment, AssignmentState.Cancelled, $"allocation plan {plan.Id} not applied: {why}", caller, cancellationToken: cancellationToken);
            if (!cancelled.Succeeded)
            {
                throw new InvalidOperationException($"allocation plan {plan.Id}: could not cancel {assignment} ({cancelled.Reason}); opened: {string.Join(", ", opened)}");
            }
        }

        await store.ReplaceAsync(Kind, plan.Id, Serialize(plan), claim.Version, cancellationToken);
    }

    private static PlanApplyResult AlreadyApplied(StoredPlan plan) => PlanApplyResult.Refused(
        PlanApplyOutcome.AlreadyApplied,
        plan.State == StoredPlan.Applied
            ? $"plan {plan.Id} was applied at {plan.AppliedAt:yyyy-MM-ddTHH:mm:ssZ} by {plan.AppliedBy} ({plan.Assignments.Count} assignments)"
            : $"plan {plan.Id} is being applied by {plan.AppliedBy}");

    private static PlanApplyResult Changed(string id, IReadOnlyList<string> changes, int undone) => PlanApplyResult.Refused(
        PlanApplyOutcome.Changed,
        undone == 0
            ? $"plan {id} no longer holds: {string.Join("; ", changes)}; nothing applied, plan again"
            : $"plan {id} no longer holds: {string.Join("; ", changes)}; the {undone} assignment(s) it had opened were cancelled, plan again",
        changes);

    private static byte[] Serialize(StoredPlan plan) => JsonSerializer.SerializeToUtf8Bytes(plan, RecordJson.Options);
}
