namespace DiasporaMatch.Assignments;

/// <summary>
/// The approved assignments of one expert (kind <c>expert-bookings</c>) or one need (kind <c>need-positions</c>).
/// Approvals change it only with conditional writes, so two racing approvals are put in order by the store.
/// </summary>
public sealed record BookingSheet(string Id, IReadOnlyList<BookingEntry> Entries);
