namespace DiasporaMatch.Api.Contracts;

/// <summary>One suggested need or opportunity, with the reasons it ranks where it does.</summary>
internal sealed record SuggestedItem(int Rank, string Id, string Title, double Score, IReadOnlyList<string> Reasons);
