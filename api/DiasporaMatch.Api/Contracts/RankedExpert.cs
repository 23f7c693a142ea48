using DiasporaMatch.Ranking;

namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// One ranked expert; the id is a per-need pseudonym and the features absent for institutions. <c>Reasons</c> are
/// written in the reader's language (<c>?lang=</c> or <c>Accept-Language</c>); <c>ReasonCodes</c> are the same
/// reasons as stable codes with arguments; <c>Eligible</c> is false for a candidate listed after every eligible one.
/// <c>Score</c> is the ranker's raw value (no fixed scale, can be negative: for tooling, not for display);
/// <c>Strength</c> is the one to show, 0–100 relative to the list's best (<see cref="MatchStrength"/>).
/// </summary>
internal sealed record RankedExpert(int Rank, string ExpertId, double Score, int Strength, bool Eligible, IReadOnlyList<string> Reasons, IReadOnlyList<Reason> ReasonCodes, FeatureBars? Features);
