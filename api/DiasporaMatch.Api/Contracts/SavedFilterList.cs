using DiasporaMatch.Browsing;

namespace DiasporaMatch.Api.Contracts;

/// <summary>The caller's saved filters; also the body of <c>PUT /api/saved-filters</c>, which replaces them all.</summary>
internal sealed record SavedFilterList(IReadOnlyList<SavedFilter> Filters);
