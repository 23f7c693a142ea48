namespace DiasporaMatch.Ranking.Learning;

/// <summary>NDCG@1/3/10 of one ranker over a set of groups.</summary>
public sealed record NdcgScores(double At1, double At3, double At10, int Groups)
{
    public double this[int k] => k switch { 1 => At1, 3 => At3, 10 => At10, _ => throw new ArgumentOutOfRangeException(nameof(k)) };
}

/// <summary>
/// Normalised discounted cumulative gain, so every ranker — bm25, baseline, the current model, a candidate — is
/// measured the same way on the same holdout. Gain 2^grade − 1, discount log2(rank + 1). It equals ML.NET's
/// <c>Ranking.Evaluate</c> with those gains (tested), but for two cases that evaluator cannot express: ties are
/// broken by item id, so the figure never depends on input order, and groups without any relevant item say
/// nothing about order and are left out.
/// </summary>
public static class NdcgEvaluator
{
    public static IReadOnlyList<int> Cutoffs { get; } = [1, 3, 10];

    /// <summary>NDCG@k of one ranked list: <paramref name="rankedLabels"/> in the ranker's order.</summary>
    public static double Ndcg(IReadOnlyList<int> rankedLabels, int k)
    {
        var ideal = rankedLabels.OrderByDescending(l => l).ToList();
        var idcg = Dcg(ideal, k);
        return idcg <= 0 ? double.NaN : Dcg(rankedLabels, k) / idcg;
    }

    public static double Dcg(IReadOnlyList<int> rankedLabels, int k)
    {
        double dcg = 0;
        for (var i = 0; i < Math.Min(k, rankedLabels.Count); i++)
        {
            dcg += (Math.Pow(2, rankedLabels[i]) - 1) / Math.Log2(i + 2);
        }

        return dcg;
    }

    /// <summary>Mean NDCG@1/3/10 over the groups, scoring each group's items with <paramref name="score"/>.</summary>
    public static NdcgScores Evaluate(IReadOnlyList<RankingGroup> groups, Func<RankingGroup, IReadOnlyList<double>> score)
    {
        double s1 = 0, s3 = 0, s10 = 0;
        var counted = 0;
        foreach (var group in groups)
        {
            var scores = score(group);
            var ranked = group.Items
                .Select((item, i) => (item, Score: scores[i]))
                .OrderByDescending(x => x.Score)
                .ThenBy(x => x.item.ItemId, StringComparer.Ordinal)
                .Select(x => x.item.Label)
                .ToList();
            var at1 = Ndcg(ranked, 1);
            if (double.IsNaN(at1))
            {
                continue;
            }

            counted++;
            s1 += at1;
            s3 += Ndcg(ranked, 3);
            s10 += Ndcg(ranked, 10);
        }

        return counted == 0 ? new NdcgScores(0, 0, 0, 0) : new NdcgScores(s1 / counted, s3 / counted, s10 / counted, counted);
    }

    public static NdcgScores Bm25(IReadOnlyList<RankingGroup> groups) =>
        Evaluate(groups, g => g.Items.Select(i => (double)i.RetrievalScore).ToList());

    public static NdcgScores Baseline(IReadOnlyList<RankingGroup> groups) =>
        Evaluate(groups, g => g.Items.Select(i => BaselineScore(i.Features)).ToList());

    public static NdcgScores Model(IReadOnlyList<RankingGroup> groups, RankingModel model) =>
        Evaluate(groups, g => model.ScoreAll(g.Items.Select(i => i.Features).ToList()));

    private static double BaselineScore(float[] features)
    {
        double score = 0;
        for (var i = 0; i < Math.Min(features.Length, BaselineRanker.Weights.Count); i++)
        {
            score += BaselineRanker.Weights[i] * features[i];
        }

        return score;
    }
}
