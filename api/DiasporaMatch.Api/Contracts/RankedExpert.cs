using DiasporaMatch.Ranking;

namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// One ranked expert; the id is a per-need pseudonym and the features absent for institutions. <c>Reasons</c> are
/// written in the reader's language (<c>?lang=</c> or <c>Accept-Language</c>); <c>ReasonCodes</c> are the same
/// reasons as stable codes with arguments; <c>Eligible</c> is false for a candidate listed after every eligible one.
/// <c>Strength</c> is 0–100 relative to the list's best (<see cref="MatchStrength"/>); the ranker's raw value (no
/// fixed scale, negative under the model) is not served: readers took it for a grade. <c>dmatch match --json</c> keeps it.
/// </summary>
internal sealed record RankedExpert(int Rank, string ExpertId, int Strength, bool Eligible, IReadOnlyList<string> Reasons, IReadOnlyList<Reason> ReasonCodes, FeatureBars? Features);
