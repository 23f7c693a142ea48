using System.Diagnostics;
using DiasporaMatch.Ranking;
using DiasporaMatch.Ranking.Learning;

namespace DiasporaMatch.Bench;

/// <summary>
/// `ltr`: learning-to-rank timings on synthetic labelled pairs whose grade follows a hidden weighting of the
/// features plus noise — scoring 1,000 candidates in one batch through the compiled ensemble and, for comparison,
/// through ML.NET's transform (p50/p99 over repetitions),
/// and training LightGBM LambdaRank on 100k pairs (single-threaded, as the deterministic trainer runs).
/// </summary>
public static class LtrBench
{
    public static void Run(int pairs = 100_000, int perGroup = 50, int repetitions = 500)
    {
        var random = new Random(20270301);
        var set = Synthetic(random, pairs / perGroup, perGroup);
        Console.WriteLine($"ltr: {set.Groups.Count:N0} groups x {perGroup} = {set.Pairs:N0} labelled pairs, {FeatureSchema.Count} features");

        var clock = Stopwatch.StartNew();
        var model = RankingTrainer.Train(set);
        Console.WriteLine($"training LightGBM LambdaRank on {set.Pairs:N0} pairs: {clock.Elapsed.TotalSeconds:F1} s (budget 60 s)");

        var candidates = Enumerable.Range(0, 1000).Select(_ => Row(random).Features).ToList();
        Console.WriteLine($"model compiled to flat arrays: {model.IsCompiled}");
        var compiled = Time(() => model.ScoreAll(candidates), repetitions);
        Console.WriteLine($"scoring 1,000 candidates in one batch (compiled ensemble): p50 {compiled.P50:F3} ms, p99 {compiled.P99:F3} ms (budget 2 ms)");
        var mlnet = Time(() => model.ScoreThroughMlNet(candidates), repetitions);
        Console.WriteLine($"scoring 1,000 candidates in one batch (ML.NET transform):  p50 {mlnet.P50:F3} ms, p99 {mlnet.P99:F3} ms (for comparison)");
        var top20 = candidates.Take(20).ToList();
        var explain = Stopwatch.StartNew();
        model.ContributionsThroughMlNet(top20);
        Console.WriteLine($"explaining the top 20 through ML.NET's calculator: first call {explain.Elapsed.TotalMilliseconds:F2} ms (builds the calculator)");
        var warmMlNet = Time(() => model.ContributionsThroughMlNet(top20), Math.Max(20, repetitions / 5));
        Console.WriteLine($"explaining the top 20 through ML.NET's calculator, warm: p50 {warmMlNet.P50:F3} ms, p99 {warmMlNet.P99:F3} ms");
        var warm = Time(() => model.Contributions(top20), Math.Max(20, repetitions / 5));
        Console.WriteLine($"explaining the top 20 from the compiled trees (served): p50 {warm.P50:F3} ms, p99 {warm.P99:F3} ms");
        var holdout = Synthetic(random, 200, perGroup);
        Console.WriteLine($"synthetic holdout NDCG@10: model {NdcgEvaluator.Model(holdout.Groups, model).At10:F4}, baseline {NdcgEvaluator.Baseline(holdout.Groups).At10:F4}");
    }

    private static (double P50, double P99) Time(Action score, int repetitions)
    {
        for (var i = 0; i < 20; i++)
        {
            score();
        }

        var times = new double[repetitions];
        for (var i = 0; i < repetitions; i++)
        {
            var t = Stopwatch.GetTimestamp();
            score();
            times[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }

        Array.Sort(times);
        return (times[repetitions / 2], times[(int)(repetitions * 0.99)]);
    }

    private static RankingSet Synthetic(Random random, int groups, int perGroup) =>
        new(Enumerable.Range(0, groups)
            .Select(g => new RankingGroup($"G{g}", DateTimeOffset.UnixEpoch.AddDays(g), Enumerable.Range(0, perGroup).Select(i => Row(random) with { ItemId = $"E{i}" }).ToList()))
            .ToList());

    private static RankingExample Row(Random random)
    {
        var features = new float[FeatureSchema.Count];
        for (var f = 0; f < features.Length; f++)
        {
            features[f] = random.NextDouble() < 0.3 ? 1 : (float)random.NextDouble();
        }

        var fit = (3 * features[FeatureSchema.RequiredSkillCoverage]) + (1.6 * features[FeatureSchema.LanguageCoverage])
            + (1.4 * features[FeatureSchema.AvailabilityShare]) + (0.9 * features[FeatureSchema.RegionPreference])
            + (1.2 * features[FeatureSchema.ExperienceFit] * features[FeatureSchema.ExperienceFit]) + (random.NextDouble() * 2);
        var label = fit switch { > 7.5 => 4, > 6.5 => 3, > 5.5 => 2, > 4 => 1, _ => 0 };
        return new RankingExample("", label, features, features[FeatureSchema.TextScore]);
    }
}
