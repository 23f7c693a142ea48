using DiasporaMatch.Storage;
using DiasporaMatch.Trees;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace DiasporaMatch.Ranking.Learning;

/// <summary>
/// A trained ranking model: scores a whole candidate list through the ensemble compiled to flat arrays
/// (<see cref="CompiledEnsemble"/>, equal to ML.NET's scores), or through one IDataView transform when the
/// ensemble cannot be compiled or a row holds NaN; never a prediction engine per row. Explains results with
/// ML.NET's per-row feature contributions, which callers ask for the few rows they show only.
/// </summary>
public sealed class RankingModel : IRanker
{
    private const string ScoreColumn = "Score";
    private const string ContributionColumn = "FeatureContributions";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly SchemaDefinition _inputSchema;
    private readonly Lazy<ITransformer?> _contributions;
    private readonly Lock _scoring = new();
    private readonly BatchSource _batch = new();
    private readonly BatchSource _explainBatch = new();
    private IDataView? _explained;
    private readonly CompiledEnsemble? _compiled;
    private IDataView? _scored;

    internal RankingModel(MLContext ml, ITransformer model, int featureCount, ModelManifest? manifest = null)
    {
        _ml = ml;
        _model = model;
        FeatureCount = featureCount;
        Manifest = manifest ?? new ModelManifest { Features = FeatureSchema.Names.Take(featureCount).ToList() };
        _inputSchema = SchemaDefinition.Create(typeof(InputRow));
        _inputSchema[nameof(InputRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        _contributions = new Lazy<ITransformer?>(CreateContributions);
        _batch.FeatureCount = featureCount;
        _explainBatch.FeatureCount = featureCount;
        _compiled = CompiledEnsemble.TryCompile(model, featureCount);
    }

    public string Name => RankerNames.Model;

    /// <summary>How many leading features of <see cref="FeatureSchema"/> the model reads (the schema only grows).</summary>
    public int FeatureCount { get; }

    public ModelManifest Manifest { get; internal set; }

    /// <summary>Whether scoring runs on the compiled ensemble (false: every list goes through ML.NET's transform).</summary>
    public bool IsCompiled => _compiled is not null;

    internal CompiledEnsemble? Compiled => _compiled;

    public double Score(MatchFeatures features, float retrievalScore) => ScoreAll([features.Values])[0];

    /// <summary>Scores every row in one pass through the model.</summary>
    public double[] ScoreAll(IReadOnlyList<float[]> features)
    {
        if (features.Count == 0)
        {
            return [];
        }

        if (_compiled is null)
        {
            return ScoreThroughMlNet(features);
        }

        // Rows are copied into one row-major matrix: the compiled scorer walks it tree by tree.
        var stride = FeatureCount;
        var matrix = System.Buffers.ArrayPool<float>.Shared.Rent(features.Count * stride);
        try
        {
            for (var r = 0; r < features.Count; r++)
            {
                var row = matrix.AsSpan(r * stride, stride);
                var values = features[r];
                var copied = Math.Min(stride, values.Length);
                values.AsSpan(0, copied).CopyTo(row);
                row[copied..].Clear();
            }

            var scores = new double[features.Count];
            ScoreAll(matrix.AsSpan(0, features.Count * stride), stride, scores);
            return scores;
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(matrix);
        }
    }

    /// <summary>
    /// Scores <paramref name="scores"/>.Length rows laid out row-major in <paramref name="rows"/>, each
    /// <paramref name="stride"/> floats wide (at least <see cref="FeatureCount"/>; the model reads the leading ones).
    /// </summary>
    public void ScoreAll(ReadOnlySpan<float> rows, int stride, Span<double> scores)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, FeatureCount);
        if (_compiled is not null && !HasNaN(rows, stride, scores.Length))
        {
            _compiled.Score(rows, stride, scores);
            return;
        }

        var list = new float[scores.Length][];
        for (var r = 0; r < list.Length; r++)
        {
            list[r] = rows.Slice(r * stride, FeatureCount).ToArray();
        }

        ScoreThroughMlNet(list).CopyTo(scores);
    }

    /// <summary>Scores through ML.NET's transform: the reference the compiled scorer is tested and benchmarked against.</summary>
    public double[] ScoreThroughMlNet(IReadOnlyList<float[]> features)
    {
        if (features.Count == 0)
        {
            return [];
        }

        // The transform is bound once over a source whose rows are swapped per call: a list costs one cursor
        // pass through the model, not a fresh data view, schema binding and transform each time.
        lock (_scoring)
        {
            _batch.Rows = features;
            _scored ??= _model.Transform(_ml.Data.LoadFromEnumerable(_batch, _inputSchema));
            return ReadScores(_scored, features.Count);
        }
    }

    // ML.NET sends NaN down a per-node default branch it keeps internal, so such rows take its own path.
    private bool HasNaN(ReadOnlySpan<float> rows, int stride, int count)
    {
        for (var r = 0; r < count; r++)
        {
            foreach (var value in rows.Slice(r * stride, FeatureCount))
            {
                if (float.IsNaN(value))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static double[] ReadScores(IDataView scored, int count)
    {
        var scores = new double[count];
        var i = 0;
        using var cursor = scored.GetRowCursor(scored.Schema.Where(c => c.Name == ScoreColumn));
        var getter = cursor.GetGetter<float>(scored.Schema[ScoreColumn]);
        float value = 0;
        while (cursor.MoveNext())
        {
            getter(ref value);
            scores[i++] = value;
        }

        return scores;
    }

    /// <summary>Each row's per-feature contribution to its score (positive pushes it up), in schema order.</summary>
    public IReadOnlyList<float[]> Contributions(IReadOnlyList<float[]> features)
    {
        if (_compiled is not null && features.All(row => row.Length >= FeatureCount && !HasNaN(row, FeatureCount, 1)))
        {
            return features.Select(row =>
            {
                var contributions = new float[FeatureCount];
                _compiled.Contributions(row, contributions);
                return contributions;
            }).ToList();
        }

        return ContributionsThroughMlNet(features);
    }

    /// <summary>Contributions through ML.NET's calculator: the reference the compiled ones are tested against.</summary>
    public IReadOnlyList<float[]> ContributionsThroughMlNet(IReadOnlyList<float[]> features)
    {
        if (features.Count == 0 || _contributions.Value is not { } calculator)
        {
            return features.Select(_ => new float[FeatureCount]).ToList();
        }

        // As for scoring: the calculator is bound once over a source whose rows are swapped per call.
        lock (_scoring)
        {
            _explainBatch.Rows = features;
            var output = _explained ??= calculator.Transform(_ml.Data.LoadFromEnumerable(_explainBatch, _inputSchema));
            var result = new List<float[]>(features.Count);
            using var cursor = output.GetRowCursor(output.Schema.Where(c => c.Name == ContributionColumn));
            var getter = cursor.GetGetter<VBuffer<float>>(output.Schema[ContributionColumn]);
            var buffer = default(VBuffer<float>);
            while (cursor.MoveNext())
            {
                getter(ref buffer);
                var dense = new float[FeatureCount];
                buffer.CopyTo(dense);
                result.Add(dense);
            }

            return result;
        }
    }

    /// <summary>The features that raised this row's score most, strongest first, by schema name.</summary>
    public IReadOnlyList<(string Feature, float Contribution)> TopContributions(float[] features, int top = ReasonWriter.MaxReasons) =>
        Contributions([features])[0]
            .Select((c, i) => (Feature: Manifest.Features.ElementAtOrDefault(i) ?? FeatureSchema.Names[i], Contribution: c))
            .Where(x => x.Contribution > 0)
            .OrderByDescending(x => x.Contribution)
            .Take(top)
            .ToList();

    public void Save(string path)
    {
        using var stream = PrivateFiles.Open(path);
        _ml.Model.Save(_model, Load([]).Schema, stream);
    }

    public static RankingModel Load(string path, ModelManifest manifest)
    {
        var ml = new MLContext(seed: manifest.Seed);
        using var stream = File.OpenRead(path);
        var model = ml.Model.Load(stream, out _);
        return new RankingModel(ml, model, manifest.Features.Count, manifest);
    }

    private IDataView Load(IReadOnlyList<float[]> features) =>
        _ml.Data.LoadFromEnumerable(features.Select(f => new InputRow { Features = RankingTrainer.Fit(f, FeatureCount) }), _inputSchema);

    private ITransformer? CreateContributions()
    {
        if (_model is not ISingleFeaturePredictionTransformer<ICalculateFeatureContribution> predictor)
        {
            return null;
        }

        return _ml.Transforms.CalculateFeatureContribution(predictor, numberOfPositiveContributions: FeatureCount, numberOfNegativeContributions: FeatureCount, normalize: false)
            .Fit(Load([]));
    }

    /// <summary>Rows of the list being scored; enumerated once per cursor, under the scoring lock.</summary>
    private sealed class BatchSource : IEnumerable<InputRow>
    {
        private readonly InputRow _row = new();

        public IReadOnlyList<float[]> Rows { get; set; } = [];

        public int FeatureCount { get; set; }

        public IEnumerator<InputRow> GetEnumerator()
        {
            foreach (var features in Rows)
            {
                _row.Features = RankingTrainer.Fit(features, FeatureCount);
                yield return _row;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class InputRow
    {
        public float[] Features { get; set; } = [];
    }
}
