namespace DiasporaMatch.Assignments;

/// <summary>
/// Staff moved the mission's dates (within the need's window): what they were, what they became, who moved them,
/// when and why. Kept apart from the state history, which only ever records moves between states.
/// </summary>
public sealed record AssignmentReschedule(DateOnly PreviousFrom, DateOnly PreviousTo, DateOnly From, DateOnly To, string ByRole, string By, DateTimeOffset At, string? Reason);
