namespace DiasporaMatch.Ranking;

/// <summary>
/// The hard constraint ranking orders by: an expert far below a need's minimum experience is listed only after every
/// eligible candidate, whatever the ranker scores (an institution asking for 5 years must not see a 1-year candidate
/// above qualified ones). Required languages at level and availability for on-site needs are hard filters at
/// retrieval already (<c>Search/HardFilters</c>): candidates failing them are never listed at all.
/// </summary>
public static class Eligibility
{
    /// <summary>How many years below the minimum still count as eligible: the feature weighs a small shortfall.</summary>
    public const int ExperienceTolerance = 2;

    /// <summary>False only when both are known and the expert has more than <see cref="ExperienceTolerance"/> years fewer than required.</summary>
    public static bool MeetsExperience(int? minYears, int? years) =>
        minYears is not { } minimum || years is not { } held || held >= minimum - ExperienceTolerance;

    /// <summary>
    /// The first <paramref name="top"/> indices: eligible candidates by score, then ineligible ones by score; equal
    /// scores ordered by <paramref name="ties"/>. Every ranker's list goes through here.
    /// </summary>
    internal static int[] Rank(IReadOnlyList<double> scores, IReadOnlyList<bool> eligible, int top, Comparison<int> ties) =>
        TopRanked.Indices(scores.Count, top, (a, b) =>
            eligible[b].CompareTo(eligible[a]) is var tier and not 0 ? tier
            : scores[b].CompareTo(scores[a]) is var byScore and not 0 ? byScore
            : ties(a, b));
}
