using DiasporaMatch.Facts;
using DiasporaMatch.Normalisation;

namespace DiasporaMatch.Ranking;

/// <summary>
/// The one place a (need, expert) pair becomes features: the baseline weighs them, reasons are written from
/// them, and a learned ranker trains on exactly the same vector. Scoring many experts for one need goes
/// through <see cref="For"/>, which remembers the taxonomy's answers for that need.
/// </summary>
public sealed class FeatureExtractor(ITaxonomyView taxonomy)
{
    private readonly HierarchyMemo _hierarchy = new(taxonomy);

    /// <summary>The pair's features; <paramref name="record"/> is the expert's track record as of the need (none when unknown).</summary>
    public MatchFeatures Extract(NeedFacts need, ExpertFacts expert, float textScore, TrackRecord record = default) =>
        For(need).Extract(expert.Packed, textScore, record);

    /// <summary>The need prepared for scoring many experts: one per query and thread.</summary>
    public PreparedNeed For(NeedFacts need) => new(need, taxonomy, _hierarchy);
}
