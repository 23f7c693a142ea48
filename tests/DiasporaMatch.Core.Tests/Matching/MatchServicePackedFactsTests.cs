using System.Text.Json;
using DiasporaMatch.Needs;
using DiasporaMatch.Profiles;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Matching;

/// <summary>
/// Serving ranks each candidate from the packed facts the profile index keeps in memory; training, and a pair that
/// retrieval did not return, build the expert's facts from the stored profile. Both must give the same features and
/// the same evidence, or a model would be trained on other values than it scores.
/// </summary>
[Collection(SampleLearningCollection.Name)]
public sealed class MatchServicePackedFactsTests(SampleLearningFixture sample)
{
    [Fact]
    public async Task Candidates_SampleNeeds_SameFeaturesAndEvidenceAsFactsBuiltFromTheProfile()
    {
        var store = sample.Test.Workspace.Store;
        var asOf = sample.Test.Clock.GetUtcNow();
        var compared = 0;
        foreach (var id in (await store.ListAsync(RecordKind.Needs, null, 20)).Ids)
        {
            var need = RecordTypes.Read<Need>((await store.GetAsync(RecordKind.Needs, id))!.Json);
            var (facts, pairs) = sample.Service.Candidates(need, 100, AssignmentHistory.Empty, asOf);
            foreach (var pair in pairs.Take(20))
            {
                var profile = RecordTypes.Read<ExpertProfile>((await store.GetAsync(RecordKind.Profiles, pair.ExpertId))!.Json);
                var fresh = sample.Service.FeaturesFor(facts, profile, AssignmentHistory.Empty, asOf);

                for (var f = 0; f < FeatureSchema.Count; f++)
                {
                    if (f != FeatureSchema.TextScore) // retrieval's own score: a pair built outside retrieval has none
                    {
                        Assert.Equal(fresh.Values[f], pair.Features.Values[f]);
                    }
                }

                Assert.Equal(JsonSerializer.Serialize(fresh.Evidence), JsonSerializer.Serialize(pair.Features.Evidence));
                compared++;
            }
        }

        Assert.True(compared > 200, $"only {compared} pairs compared");
    }
}
