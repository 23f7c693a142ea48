namespace DiasporaMatch.Assignments;

/// <summary>One step of an assignment's history: who moved it (role and subject id), when, from where to where, and why.</summary>
public sealed record AssignmentTransition(AssignmentState? From, AssignmentState To, string ByRole, string By, DateTimeOffset At, string? Reason);
