namespace DiasporaMatch.Assignments;

/// <summary>One approved assignment holding dates (in an expert's sheet) or a position (in a need's sheet).</summary>
public sealed record BookingEntry(string AssignmentId, DateOnly From, DateOnly To);
