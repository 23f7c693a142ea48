namespace DiasporaMatch.Allocation;

/// <summary>The answer to applying a plan: the plan as stored afterwards, or why nothing was applied (with what changed, for <see cref="PlanApplyOutcome.Changed"/>).</summary>
public sealed record PlanApplyResult(PlanApplyOutcome Outcome, StoredPlan? Plan, string? Reason, IReadOnlyList<string> Changes)
{
    public bool Succeeded => Outcome == PlanApplyOutcome.Applied;

    public static PlanApplyResult Refused(PlanApplyOutcome outcome, string reason, IReadOnlyList<string>? changes = null) => new(outcome, null, reason, changes ?? []);
}
