using DiasporaMatch.Ranking;

namespace DiasporaMatch.Api.Contracts;

/// <summary>One suggested need or opportunity, with the reasons it ranks where it does (in the reader's language; codes where the ranking gives them).</summary>
internal sealed record SuggestedItem(int Rank, string Id, string Title, double Score, bool Eligible, IReadOnlyList<string> Reasons, IReadOnlyList<Reason> ReasonCodes);
