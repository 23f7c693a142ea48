namespace DiasporaMatch.Api.Contracts;

/// <summary>The caller's assignments, newest first.</summary>
internal sealed record AssignmentList(IReadOnlyList<AssignmentRow> Assignments);
