namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// The body of <c>POST /api/assignments/{id}/transitions</c>: the state to move to, a reason where the workflow
/// asks for one, a 1–5 rating on completion. Read field by field like <see cref="AssignmentCreateRequest"/>.
/// </summary>
internal sealed record AssignmentMoveRequest(string To, string? Reason, int? Rating);
