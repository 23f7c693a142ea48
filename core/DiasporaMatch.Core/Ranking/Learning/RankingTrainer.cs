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
        if (set.Pairs == 0)
        {
            throw new ArgumentException("a ranking set with no pairs cannot be trained on (check LearningData.CanTrain first)", nameof(set));
        }

        var features = featureCount ?? FeatureSchema.Count;
        var ml = new MLContext(seed: options.Seed);
        var rows = new List<TrainingRow>(set.Pairs);
        for (var g = 0; g < set.Groups.Count; g++)
        {
            foreach (var item in set.Groups[g].Items)
            {
                rows.Add(new TrainingRow { GroupId = (uint)(g + 1), Label = item.Label, Features = Fit(item.Features, features) });
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
