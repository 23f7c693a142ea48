namespace DiasporaMatch.Assignments;

/// <summary>What staff send to open an assignment: the (need, expert) pair and the dates, inside the need's window.</summary>
public sealed record AssignmentRequest(string NeedId, string ExpertId, DateOnly From, DateOnly To, string? Id = null);
