using Microsoft.ML;
using Microsoft.ML.Data;

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

    [Fact]
    public void Evaluate_DistinctScores_EqualsMlNetsRankingEvaluator()
    {
        // The reference: ML.NET's own evaluator on groups with a relevant item
        // and no tied scores — the two cases where ours is defined differently (left out; ties by item id).
        var random = new Random(20261204);
        var groups = Enumerable.Range(0, 60)
            .Select(g => Group($"G{g}", [.. Enumerable.Range(0, 5 + random.Next(25)).Select(i => (i == 0 ? 1 + random.Next(4) : random.Next(5), $"x{i:D2}"))]))
            .ToList();
        var scores = groups.ToDictionary(g => g.Id, g => g.Items.Select(_ => random.NextDouble()).ToList());

        var ours = NdcgEvaluator.Evaluate(groups, g => scores[g.Id]);

        var ml = new MLContext(seed: 1);
        var rows = groups.SelectMany((g, gi) => g.Items.Select((item, i) => new EvaluatedRow
        {
            Label = item.Label,
            GroupId = (uint)gi + 1,
            Score = (float)scores[g.Id][i],
        }));
        // ML.NET's default gains are 0, 3, 7, 15…; ours (and LightGBM's) 2^label − 1.
        var options = new RankingEvaluatorOptions { LabelGains = "0,1,3,7,15,31", DcgTruncationLevel = 10 };
        var metrics = ml.Ranking.Evaluate(ml.Data.LoadFromEnumerable(rows), options, rowGroupColumnName: nameof(EvaluatedRow.GroupId));
        Assert.Equal(metrics.NormalizedDiscountedCumulativeGains[0], ours.At1, 6);
        Assert.Equal(metrics.NormalizedDiscountedCumulativeGains[2], ours.At3, 6);
        Assert.Equal(metrics.NormalizedDiscountedCumulativeGains[9], ours.At10, 6);
        Assert.Equal(groups.Count, ours.Groups);
    }

    private static RankingGroup Group(string id, params (int Label, string Item)[] items) =>
        new(id, DateTimeOffset.UnixEpoch, items.Select(i => new RankingExample(i.Item, i.Label, new float[FeatureSchema.Count], 0)).ToList());

    private sealed class EvaluatedRow
    {
        public float Label { get; set; }

        [KeyType(1_000)]
        public uint GroupId { get; set; }

        public float Score { get; set; }
    }
}
