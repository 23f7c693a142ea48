using DiasporaMatch.Reference;
using DiasporaMatch.Ranking;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Trees;

/// <summary>The compiled tree ensemble must give ML.NET's own scores, row for row, on real and boundary rows.</summary>
[Collection(SampleLearningCollection.Name)]
public sealed class CompiledEnsembleTests(SampleLearningFixture sample)
{
    private const double Tolerance = 1e-5;

    [Theory]
    [InlineData(RankingAlgorithm.LightGbm)]
    [InlineData(RankingAlgorithm.FastTree)]
    public void ScoreAll_SampleAndBoundaryRows_EqualsMlNet(RankingAlgorithm algorithm)
    {
        var model = RankingTrainer.Train(sample.Data.Training, new TrainerOptions { Algorithm = algorithm });
        Assert.True(model.IsCompiled);
        var rows = SampleRows().Concat(BoundaryRows(model)).ToList();

        AssertSameScores(model, rows);
    }

    [Fact]
    public void ScoreAll_BundledModelLoadedFromDisk_EqualsMlNet()
    {
        var model = new ModelRegistry(Path.Combine(sample.Test.Folder, "none"), DataPaths.ModelsFolder).Current();

        Assert.NotNull(model);
        Assert.True(model.IsCompiled);
        AssertSameScores(model, SampleRows().Concat(BoundaryRows(model)).ToList());
    }

    [Theory]
    [InlineData(RankingAlgorithm.LightGbm)]
    [InlineData(RankingAlgorithm.FastTree)]
    public void Contributions_SampleAndBoundaryRows_EqualMlNet(RankingAlgorithm algorithm)
    {
        var model = RankingTrainer.Train(sample.Data.Training, new TrainerOptions { Algorithm = algorithm });
        var rows = SampleRows().Take(300).Concat(BoundaryRows(model).Where(r => r.All(float.IsFinite)).Take(300)).ToList();

        var expected = model.ContributionsThroughMlNet(rows);
        var actual = model.Contributions(rows);

        for (var i = 0; i < rows.Count; i++)
        {
            for (var f = 0; f < model.FeatureCount; f++)
            {
                Assert.True(Math.Abs(expected[i][f] - actual[i][f]) <= Tolerance, $"row {i} feature {f}: ML.NET {expected[i][f]}, compiled {actual[i][f]}");
            }
        }

        Assert.Contains(actual, row => row.Any(c => c != 0)); // the rows exercise real paths, not empty trees
    }

    [Fact]
    public void ScoreAll_RowWithNaN_TakesMlNetPathAndAgrees()
    {
        var model = RankingTrainer.Train(sample.Data.Training);
        var rows = SampleRows().Take(50).Select(r => (float[])r.Clone()).ToList();
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            row[i % row.Length] = float.NaN;
        }

        Assert.Equal(model.ScoreThroughMlNet(rows), model.ScoreAll(rows));
    }

    [Fact]
    public void ScoreAll_SpanWithWiderStride_ReadsLeadingFeaturesOnly()
    {
        var model = RankingTrainer.Train(sample.Data.Training);
        var rows = SampleRows().Take(100).ToList();
        const int stride = 24;
        var matrix = new float[rows.Count * stride];
        for (var r = 0; r < rows.Count; r++)
        {
            rows[r].CopyTo(matrix, r * stride);
            matrix.AsSpan((r * stride) + rows[r].Length, stride - rows[r].Length).Fill(1e9f);
        }

        var scores = new double[rows.Count];
        model.ScoreAll(matrix, stride, scores);

        Assert.Equal(model.ScoreAll(rows), scores);
    }

    [Fact]
    public void Score_TooFewValuesForRows_Throws()
    {
        var compiled = RankingTrainer.Train(sample.Data.Training).Compiled!;

        Assert.Throws<ArgumentException>(() => compiled.Score(new float[FeatureSchema.Count * 2], FeatureSchema.Count, new double[3]));
    }

    private IEnumerable<float[]> SampleRows() =>
        sample.Data.Holdout.Groups.Concat(sample.Data.Training.Groups).SelectMany(g => g.Items).Select(i => i.Features);

    /// <summary>Values on, just below and just above every split threshold, plus zeros, ones, negatives, huge values and infinities.</summary>
    private static IEnumerable<float[]> BoundaryRows(RankingModel model)
    {
        var count = model.FeatureCount;
        foreach (var fill in new[] { 0f, 1f, -1f, 0.5f, 1e30f, -1e30f, float.PositiveInfinity, float.NegativeInfinity, float.Epsilon })
        {
            yield return Enumerable.Repeat(fill, count).ToArray();
        }

        var random = new Random(11);
        foreach (var (feature, threshold) in model.Compiled!.Splits())
        {
            foreach (var value in new[] { threshold, MathF.BitDecrement(threshold), MathF.BitIncrement(threshold) })
            {
                var row = Enumerable.Range(0, count).Select(_ => (float)random.NextDouble()).ToArray();
                row[feature] = value;
                yield return row;
            }
        }
    }

    private static void AssertSameScores(RankingModel model, List<float[]> rows)
    {
        Assert.True(rows.Count > 1000, $"only {rows.Count} rows");
        var expected = model.ScoreThroughMlNet(rows);
        var actual = model.ScoreAll(rows);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance, $"row {i}: ML.NET {expected[i]}, compiled {actual[i]} ({string.Join(", ", rows[i])})");
        }
    }
}
