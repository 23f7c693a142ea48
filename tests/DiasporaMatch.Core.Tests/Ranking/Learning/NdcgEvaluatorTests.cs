using DiasporaMatch.Ranking.Learning;

namespace DiasporaMatch.Ranking.Learning;

public sealed class NdcgEvaluatorTests
{
    [Fact]
    public void Ndcg_IdealOrder_IsOne()
    {
        Assert.Equal(1.0, NdcgEvaluator.Ndcg([4, 3, 2, 0], 10), 10);
    }

    [Fact]
    public void Ndcg_HandMadeList_MatchesHandComputedValue()
    {
        // DCG@3 of [0, 2, 1] = 0/log2(2) + 3/log2(3) + 1/log2(4); ideal [2, 1, 0] = 3/1 + 1/log2(3).
        var expected = ((3 / Math.Log2(3)) + 0.5) / (3 + (1 / Math.Log2(3)));
        Assert.Equal(expected, NdcgEvaluator.Ndcg([0, 2, 1], 3), 10);
        Assert.Equal(0.0, NdcgEvaluator.Ndcg([0, 2, 1], 1), 10);
    }

    [Fact]
    public void Ndcg_CutoffBeyondList_UsesWholeList()
    {
        Assert.Equal(NdcgEvaluator.Ndcg([1, 0, 3], 3), NdcgEvaluator.Ndcg([1, 0, 3], 10), 10);
    }

    [Fact]
    public void Evaluate_GroupWithoutRelevantItem_IsLeftOut()
    {
        var groups = new[]
        {
            Group("G1", (0, "a"), (0, "b")),
            Group("G2", (2, "a"), (0, "b")),
        };

        var scores = NdcgEvaluator.Evaluate(groups, g => g.Items.Select(i => i.ItemId == "a" ? 1.0 : 0.0).ToList());

        Assert.Equal(1, scores.Groups);
        Assert.Equal(1.0, scores.At10, 10);
    }

    [Fact]
    public void Evaluate_TiedScores_BreaksTiesByItemId()
    {
        var groups = new[] { Group("G", (0, "a"), (3, "b")) };

        var scores = NdcgEvaluator.Evaluate(groups, g => [1.0, 1.0]);

        Assert.Equal(0.0, scores.At1, 10);
    }

    [Fact]
    public void Evaluate_RandomScores_AreFarBelowOne()
    {
        var random = new Random(7);
        var groups = Enumerable.Range(0, 200)
            .Select(g => Group($"G{g}", [.. Enumerable.Range(0, 30).Select(i => (i < 3 ? 4 - i : i < 8 ? 1 : 0, $"x{i:D2}"))]))
            .ToList();

        var scores = NdcgEvaluator.Evaluate(groups, g => g.Items.Select(_ => random.NextDouble()).ToList());

        Assert.InRange(scores.At10, 0.05, 0.5);
    }

    private static RankingGroup Group(string id, params (int Label, string Item)[] items) =>
        new(id, DateTimeOffset.UnixEpoch, items.Select(i => new RankingExample(i.Item, i.Label, new float[FeatureSchema.Count], 0)).ToList());
}
