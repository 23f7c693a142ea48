namespace DiasporaMatch.Allocation;

/// <summary>How applying a stored plan ended; anything but <see cref="Applied"/> leaves no assignment open.</summary>
public enum PlanApplyOutcome
{
    Applied,
    NotFound,

    /// <summary>The plan was applied already (or is being applied by another request).</summary>
    AlreadyApplied,

    /// <summary>A need or a booking the rows depend on changed since planning: re-plan.</summary>
    Changed,

    /// <summary>The request names rows the plan does not have, or a row cannot become an assignment.</summary>
    Invalid,
}
