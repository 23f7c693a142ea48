namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// Occupations of the taxonomy (ESCO or the bundled starter taxonomy) for what someone typed, best first, labelled in
/// <c>Language</c>; the order is the resolver's ranking, no score is given.
/// </summary>
internal sealed record OccupationSuggestions(string Query, string Language, IReadOnlyList<OccupationSuggestion> Results);
