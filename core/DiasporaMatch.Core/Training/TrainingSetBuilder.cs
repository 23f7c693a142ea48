using DiasporaMatch.Decisions;
using DiasporaMatch.Matching;
using DiasporaMatch.Ranking;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Search;

namespace DiasporaMatch.Training;

/// <summary>
/// Builds ranking groups from decisions: one group per need, holding what staff were shown and the grade each
/// candidate earned (<see cref="DecisionGrades"/>). Where the feature log holds the served list and decided
/// pairs, their logged features are used as they were; where it does not (imported history, such as the
/// sample), features are computed now with the same extractor serving uses, as of the need's first decision,
/// and the shown list is reconstructed as the baseline's top <see cref="ShownTop"/> plus every decided expert.
/// </summary>
public sealed class TrainingSetBuilder(MatchService service)
{
    public const int ShownTop = 20;

    public async Task<RankingSet> BuildAsync(IReadOnlyList<Decision> decisions, AssignmentHistory history, IReadOnlyList<FeatureLogEntry> log, CancellationToken cancellationToken = default)
    {
        var logByNeed = log.ToLookup(e => e.NeedId, StringComparer.Ordinal);
        var groups = new List<RankingGroup>();
        var byNeed = decisions
            .GroupBy(d => d.NeedId, StringComparer.Ordinal)
            .Select(g => (Need: g.Key, Decisions: g.OrderBy(d => d.At).ToList()))
            .OrderBy(g => g.Decisions[0].At)
            .ThenBy(g => g.Need, StringComparer.Ordinal);
        foreach (var (needId, needDecisions) in byNeed)
        {
            var need = await service.ReadNeedAsync(needId, cancellationToken);
            if (need is null)
            {
                continue;
            }

            var asOf = needDecisions[0].At;
            var last = needDecisions[^1].At;
            var grades = needDecisions
                .GroupBy(d => d.ExpertId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => DecisionGrades.Of(g.Last().Value), StringComparer.Ordinal);
            var items = new Dictionary<string, RankingExample>(StringComparer.Ordinal);

            var logged = logByNeed[needId].Where(e => e.At <= last).ToList();
            foreach (var entry in logged.Where(e => e.Event == FeatureLogEntry.Served).Concat(logged.Where(e => e.Event == FeatureLogEntry.Decided)))
            {
                // Later entries win: a decision's own log is the truest record of what staff saw for that pair.
                items[entry.ExpertId] = new RankingExample(entry.ExpertId, Grade(grades, entry.ExpertId), Complete(entry.Features, need, entry, history, asOf), entry.RetrievalScore, Logged: true);
            }

            var hasServedLog = logged.Any(e => e.Event == FeatureLogEntry.Served);
            var (facts, pairs) = service.Candidates(need, ExpertRetriever.DefaultTop, history, asOf);
            if (!hasServedLog)
            {
                var baseline = new BaselineRanker();
                foreach (var pair in pairs.OrderByDescending(p => baseline.Score(p.Features, p.RetrievalScore)).ThenBy(p => p.ExpertId, StringComparer.Ordinal).Take(ShownTop))
                {
                    items.TryAdd(pair.ExpertId, Computed(pair, grades));
                }
            }

            var retrieved = pairs.ToDictionary(p => p.ExpertId, StringComparer.Ordinal);
            foreach (var expertId in grades.Keys.Where(id => !items.ContainsKey(id)).Order(StringComparer.Ordinal))
            {
                if (retrieved.TryGetValue(expertId, out var pair))
                {
                    items[expertId] = Computed(pair, grades);
                }
                else if (await service.ReadExpertAsync(expertId, cancellationToken) is { } profile)
                {
                    items[expertId] = new RankingExample(expertId, grades[expertId], service.FeaturesFor(facts, profile, history, asOf).Values, 0);
                }
            }

            // Every decided expert erased and nobody retrieved: a group without items teaches nothing, and a set of
            // only such groups is one LightGBM refuses as empty.
            if (items.Count > 0)
            {
                groups.Add(new RankingGroup(needId, asOf, items.Values.OrderBy(i => i.ItemId, StringComparer.Ordinal).ToList()));
            }
        }

        return new RankingSet(groups);

        // A vector logged under a shorter schema gets today's appended features computed for the tail.
        float[] Complete(float[] features, Needs.Need need, FeatureLogEntry entry, AssignmentHistory h, DateTimeOffset at)
        {
            if (features.Length >= FeatureSchema.Count)
            {
                return features;
            }

            var (_, all) = service.Candidates(need, ExpertRetriever.DefaultTop, h, at);
            var now = all.FirstOrDefault(p => p.ExpertId == entry.ExpertId)?.Features.Values ?? new float[FeatureSchema.Count];
            var full = (float[])now.Clone();
            Array.Copy(features, full, features.Length);
            return full;
        }
    }

    private static RankingExample Computed(CandidatePair pair, Dictionary<string, int> grades) =>
        new(pair.ExpertId, Grade(grades, pair.ExpertId), pair.Features.Values, pair.RetrievalScore);

    private static int Grade(Dictionary<string, int> grades, string expertId) =>
        grades.TryGetValue(expertId, out var grade) ? grade : DecisionGrades.Shown;
}
