namespace DiasporaMatch.Api.Contracts;

/// <summary>One occupation concept the resolver found for a phrase: its URI and its preferred label in the reader's language.</summary>
internal sealed record OccupationSuggestion(string Uri, string Label);
