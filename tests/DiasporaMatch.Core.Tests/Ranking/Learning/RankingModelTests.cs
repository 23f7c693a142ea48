using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Ranking.Learning;

[Collection(SampleLearningCollection.Name)]
public sealed class RankingModelTests(SampleLearningFixture sample)
{
    [Fact]
    public void Contributions_SuccessiveCallsWithOtherRows_EachAnswerTheirOwnRows()
    {
        var model = RankingTrainer.Train(sample.Data.Training);
        var rows = sample.Data.Holdout.Groups.SelectMany(g => g.Items).Select(i => i.Features).Take(40).ToList();

        var first = model.Contributions(rows[..20]);
        var second = model.Contributions(rows[20..]);
        var together = model.Contributions(rows);

        Assert.Equal(together.Take(20), first);
        Assert.Equal(together.Skip(20), second);
        Assert.Contains(first, c => c.Any(v => v != 0));
        Assert.NotEqual(first, second);
    }
}
