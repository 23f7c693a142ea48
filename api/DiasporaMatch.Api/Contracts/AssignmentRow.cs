namespace DiasporaMatch.Api.Contracts;

/// <summary>One assignment in a list; <c>conflicts</c> (staff only) names the caller's other assignments whose dates overlap it.</summary>
internal sealed record AssignmentRow(AssignmentView Assignment, IReadOnlyList<string> Conflicts);
