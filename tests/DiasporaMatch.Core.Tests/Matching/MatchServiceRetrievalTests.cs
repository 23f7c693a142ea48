using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.Search;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Matching;

/// <summary>The two retrieval paths behind <see cref="IHitSearch"/> give the same ranked lists on the sample, end to end.</summary>
[Collection(SampleLearningCollection.Name)]
public sealed class MatchServiceRetrievalTests(SampleLearningFixture sample)
{
    [Theory]
    [InlineData(RankerNames.Bm25)]
    [InlineData(RankerNames.Baseline)]
    public async Task MatchAsync_LucenePath_SameListsAsTermAtATime(string ranker)
    {
        using var lucene = sample.Service.With(sample.Service.Options with { Retrieval = RetrievalPath.Lucene });
        var store = sample.Test.Workspace.Store;
        var compared = 0;
        foreach (var id in (await store.ListAsync(RecordKind.Needs, null, 40)).Ids)
        {
            var need = (await store.GetAsync(RecordKind.Needs, id))!;
            var expected = await sample.Service.MatchAsync(need, 20, ranker, fresh: true);
            var actual = await lucene.MatchAsync(need, 20, ranker, fresh: true);

            Assert.Equal(expected.Count, actual.Count);
            Assert.Equal(expected.Select(r => r.ExpertId).Order(StringComparer.Ordinal), actual.Select(r => r.ExpertId).Order(StringComparer.Ordinal));
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Score, actual[i].Score, 1e-4);
                Assert.Equal(expected[i].RetrievalScore, actual.Single(r => r.ExpertId == expected[i].ExpertId).RetrievalScore, expected[i].RetrievalScore * 1e-5f);
            }

            compared += expected.Count;
        }

        Assert.True(compared > 200, $"only {compared} ranked experts compared");
    }
}
