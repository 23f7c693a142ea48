namespace DiasporaMatch.Ranking.Learning;

public sealed class RankingTrainerTests
{
    [Fact]
    public void Train_NewestGroupAloneGradesDifferently_LearnsItsOrder()
    {
        // The first need's candidates share one grade; only the last (newest) need teaches anything.
        var set = Set(Group("N-old", 30, (i, _) => 0), Group("N-new", 30, (i, feature) => feature > 0.5f ? 3 : 0));

        var model = RankingTrainer.Train(set);

        var scores = model.ScoreAll([Row(0.9f), Row(0.1f)]);
        Assert.True(scores[0] > scores[1], $"the newest group's order was not learnt: {scores[0]} vs {scores[1]}");
    }

    [Fact]
    public void Train_OneGroup_LearnsItsOrder()
    {
        var set = Set(Group("N-1", 60, (i, feature) => feature > 0.5f ? 3 : 0));

        var model = RankingTrainer.Train(set);

        var scores = model.ScoreAll([Row(0.9f), Row(0.1f)]);
        Assert.True(scores[0] > scores[1], $"one group's order was not learnt: {scores[0]} vs {scores[1]}");
    }

    [Fact]
    public void WhyNotTrainable_NoPairs_SaysSo()
    {
        Assert.Equal("no decided candidates to learn from", RankingTrainer.WhyNotTrainable(Set(Group("N-1", 0, (_, _) => 0))));
    }

    [Fact]
    public void WhyNotTrainable_EveryNeedGradedAlike_SaysThereIsNoOrder()
    {
        var set = Set(Group("N-1", 40, (_, _) => 0), Group("N-2", 40, (_, _) => 2));

        Assert.Equal("no need has candidates graded differently, so there is no order to learn", RankingTrainer.WhyNotTrainable(set));
    }

    [Fact]
    public void WhyNotTrainable_FewerPairsThanATreeSplitNeeds_SaysHowMany()
    {
        var set = Set(Group("N-1", 10, (i, _) => i % 2));

        Assert.Equal("10 candidate pairs, fewer than the 40 a tree needs to split once", RankingTrainer.WhyNotTrainable(set));
        Assert.Null(RankingTrainer.WhyNotTrainable(set, new TrainerOptions { MinExamplesPerLeaf = 5 }));
    }

    [Fact]
    public void Train_UntrainableSet_RefusesWithTheReason()
    {
        var set = Set(Group("N-1", 10, (i, _) => i % 2));

        var refused = Assert.Throws<ArgumentException>(() => RankingTrainer.Train(set));

        Assert.Contains("fewer than the 40 a tree needs", refused.Message, StringComparison.Ordinal);
    }

    private static RankingSet Set(params RankingGroup[] groups) => new(groups);

    /// <summary>A need's candidates, the first feature spread evenly over [0, 1) and the grade given by <paramref name="grade"/>(index, feature).</summary>
    private static RankingGroup Group(string id, int candidates, Func<int, float, int> grade) =>
        new(id, DateTimeOffset.UnixEpoch, Enumerable.Range(0, candidates).Select(i =>
        {
            var feature = (float)i / candidates;
            return new RankingExample($"E-{id}-{i}", grade(i, feature), Row(feature), 1);
        }).ToList());

    private static float[] Row(float first)
    {
        var values = new float[FeatureSchema.Count];
        values[0] = first;
        return values;
    }
}
