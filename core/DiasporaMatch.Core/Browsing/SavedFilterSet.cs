namespace DiasporaMatch.Browsing;

/// <summary>One staff member's saved filters (kind <c>saved-filters</c>, one document per person).</summary>
public sealed record SavedFilterSet(string Subject, IReadOnlyList<SavedFilter> Filters);
