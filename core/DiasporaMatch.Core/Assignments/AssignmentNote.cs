namespace DiasporaMatch.Assignments;

/// <summary>A short staff note on an assignment.</summary>
public sealed record AssignmentNote(string By, DateTimeOffset At, string Text);
