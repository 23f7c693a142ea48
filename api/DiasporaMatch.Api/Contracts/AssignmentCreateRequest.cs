namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// The body of <c>POST /api/assignments</c>, for the API description: the handler reads these fields one by one
/// (<see cref="BodyFields"/>) so that each missing or malformed field gets its own error.
/// </summary>
internal sealed record AssignmentCreateRequest(string NeedId, string ExpertId, DateOnly From, DateOnly To, string? Id);
