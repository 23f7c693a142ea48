namespace DiasporaMatch.Allocation;

/// <summary>Needs, the candidate graph (each need's top-K eligible experts) and the bookings the plan must respect.</summary>
public sealed record AllocationProblem(IReadOnlyList<AllocationNeed> Needs, IReadOnlyList<AllocationCandidate> Candidates, IReadOnlyList<AllocationBooking> Bookings);
