using DiasporaMatch.Ranking;

namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// One suggested need or opportunity, with the reasons it ranks where it does (in the reader's language; codes where
/// the ranking gives them). <c>Strength</c> is 0–100 relative to the list's
/// best (<see cref="MatchStrength"/>); the ranker's raw value is not served (see <see cref="RankedExpert"/>).
/// </summary>
internal sealed record SuggestedItem(int Rank, string Id, string Title, int Strength, bool Eligible, IReadOnlyList<string> Reasons, IReadOnlyList<Reason> ReasonCodes);
