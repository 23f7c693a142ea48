namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// The body of <c>PUT /api/assignments/{id}/dates</c>: the mission's new first and last day (within the need's
/// window) and, optionally, why. Read field by field like <see cref="AssignmentCreateRequest"/>.
/// </summary>
internal sealed record AssignmentDatesRequest(DateOnly From, DateOnly To, string? Reason);
