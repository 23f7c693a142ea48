namespace DiasporaMatch.Allocation;

/// <summary>Dates an expert is already booked for (an approved or running assignment).</summary>
public sealed record AllocationBooking(string ExpertId, DateOnly From, DateOnly To);
