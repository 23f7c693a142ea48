namespace DiasporaMatch.Assignments;

/// <summary>A 1–5 rating given when the assignment completes; it also travels with the completed decision.</summary>
public sealed record AssignmentRating(string ByRole, string By, int Value, DateTimeOffset At);
