using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace DiasporaMatch.Ranking.Learning;

public enum RankingAlgorithm
{
    LightGbm,
    FastTree,
}

/// <summary>How a ranking model is trained; the same options and data always give the same model.</summary>
public sealed record TrainerOptions
{
    public RankingAlgorithm Algorithm { get; init; } = RankingAlgorithm.LightGbm;

    public int Seed { get; init; } = 20260101;

    public int Iterations { get; init; } = 150;

    public int Leaves { get; init; } = 15;

    public int MinExamplesPerLeaf { get; init; } = 20;

    public double LearningRate { get; init; } = 0.05;

    public string Name => Algorithm == RankingAlgorithm.LightGbm ? "lightgbm-lambdarank" : "fasttree-lambdarank";
}

/// <summary>
/// Trains a LambdaRank model (LightGBM, or ML.NET's FastTree) with one group per need. The group id column is
/// declared a key type of the set's own size, never mapped from values, so every group stays distinct; one
/// thread and a fixed seed make training reproducible.
/// </summary>
public static class RankingTrainer
{
    public static RankingModel Train(RankingSet set, TrainerOptions? options = null, int? featureCount = null)
    {
        options ??= new TrainerOptions();
        if (WhyNotTrainable(set, options) is { } reason)
        {
            throw new ArgumentException($"this ranking set cannot be trained on: {reason} (check LearningData.WhyNotTrainable first)", nameof(set));
        }

        var features = featureCount ?? FeatureSchema.Count;
        var ml = new MLContext(seed: options.Seed);
        var rows = new List<TrainingRow>(set.Pairs);
        for (var g = 0; g < set.Groups.Count; g++)
        {
            foreach (var item in set.Groups[g].Items)
            {
                // Raw key values run from 0 to the declared count - 1: a value equal to the count is out of range and
                // LightGBM silently drops its rows (1-based ids once cost every model its newest group).
                rows.Add(new TrainingRow { GroupId = (uint)g, Label = item.Label, Features = Fit(item.Features, features) });
            }
        }

        var schema = SchemaDefinition.Create(typeof(TrainingRow));
        schema[nameof(TrainingRow.GroupId)].ColumnType = new KeyDataViewType(typeof(uint), (ulong)Math.Max(1, set.Groups.Count));
        schema[nameof(TrainingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        ITransformer model = options.Algorithm switch
        {
            RankingAlgorithm.FastTree => ml.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
            {
                LabelColumnName = nameof(TrainingRow.Label),
                FeatureColumnName = nameof(TrainingRow.Features),
                RowGroupColumnName = nameof(TrainingRow.GroupId),
                NumberOfTrees = options.Iterations,
                NumberOfLeaves = options.Leaves,
                MinimumExampleCountPerLeaf = options.MinExamplesPerLeaf,
                LearningRate = options.LearningRate,
                Seed = options.Seed,
                NumberOfThreads = 1,
                FeatureFraction = 1,
            }).Fit(data),
            _ => ml.Ranking.Trainers.LightGbm(new LightGbmRankingTrainer.Options
            {
                LabelColumnName = nameof(TrainingRow.Label),
                FeatureColumnName = nameof(TrainingRow.Features),
                RowGroupColumnName = nameof(TrainingRow.GroupId),
                NumberOfIterations = options.Iterations,
                NumberOfLeaves = options.Leaves,
                MinimumExampleCountPerLeaf = options.MinExamplesPerLeaf,
                LearningRate = options.LearningRate,
                Seed = options.Seed,
                NumberOfThreads = 1,
                Silent = true,
            }).Fit(data),
        };
        return new RankingModel(ml, model, features);
    }

    /// <summary>
    /// Why <paramref name="set"/> cannot teach a model under <paramref name="options"/>, or null when it can. A set
    /// without a need whose candidates were graded differently, or too small for a tree's first split, would give
    /// LightGBM nothing to split on: ML.NET then fails on the empty trees.
    /// </summary>
    public static string? WhyNotTrainable(RankingSet set, TrainerOptions? options = null)
    {
        options ??= new TrainerOptions();
        if (set.Pairs == 0)
        {
            return "no decided candidates to learn from";
        }

        if (!set.Groups.Any(g => g.Items.Select(i => i.Label).Distinct().Skip(1).Any()))
        {
            return "no need has candidates graded differently, so there is no order to learn";
        }

        var needed = 2 * options.MinExamplesPerLeaf;
        return set.Pairs < needed ? $"{set.Pairs} candidate pairs, fewer than the {needed} a tree needs to split once" : null;
    }

    internal static float[] Fit(float[] values, int count)
    {
        if (values.Length == count)
        {
            return values;
        }

        var fitted = new float[count];
        Array.Copy(values, fitted, Math.Min(count, values.Length));
        return fitted;
    }

    private sealed class TrainingRow
    {
        public float Label { get; set; }

        public uint GroupId { get; set; }

        public float[] Features { get; set; } = [];
    }
}
