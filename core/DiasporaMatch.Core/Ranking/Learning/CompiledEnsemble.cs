using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace DiasporaMatch.Ranking.Learning;

/// <summary>
/// A trained tree ensemble (LightGBM or FastTree, as ML.NET holds it) flattened into arrays and evaluated
/// directly: no IDataView, cursor or per-row VBuffer. It reproduces ML.NET's own evaluation — at a numerical
/// split a value <c>&lt;= threshold</c> goes to the left child, otherwise right; a negative child is
/// <c>~leafIndex</c>; the score is the sum of the trees' leaf values (times the tree weights), plus the
/// ensemble's bias, accumulated in double and returned as ML.NET's float. What it cannot reproduce exactly it
/// refuses: ensembles with categorical splits do not compile, and rows holding NaN must go through ML.NET,
/// because ML.NET replaces NaN per node with a default it does not expose publicly.
/// </summary>
public sealed class CompiledEnsemble
{
    // Rows are scored in blocks so a block's features stay in L1 while every tree runs over it, tree-major.
    private const int BlockRows = 128;

    // One entry per internal node across all trees; children are absolute node indexes, or ~(absolute leaf index).
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly int[] _children;
    private readonly double[] _leafValues;

    // Per tree: its root (absolute node index, or ~leaf for a one-leaf tree) and its weight.
    private readonly int[] _roots;
    private readonly double[] _weights;
    private readonly double _bias;

    private CompiledEnsemble(int[] feature, float[] threshold, int[] children, double[] leafValues, int[] roots, double[] weights, double bias, int featureCount)
    {
        _feature = feature;
        _threshold = threshold;
        _children = children;
        _leafValues = leafValues;
        _roots = roots;
        _weights = weights;
        _bias = bias;
        FeatureCount = featureCount;
    }

    /// <summary>How many leading features a row must carry (the ensemble reads none beyond).</summary>
    public int FeatureCount { get; }

    public int Trees => _roots.Length;

    /// <summary>Every numerical split as (feature, threshold): where tests probe the boundary cases.</summary>
    internal IEnumerable<(int Feature, float Threshold)> Splits() => _feature.Select((f, i) => (f, _threshold[i]));

    /// <summary>The ensemble behind a fitted ranking transformer; null when it is not a tree ensemble or uses categorical splits.</summary>
    internal static CompiledEnsemble? TryCompile(ITransformer model, int featureCount) =>
        model is ISingleFeaturePredictionTransformer<TreeEnsembleModelParametersBasedOnRegressionTree> predictor
            ? TryCompile(predictor.Model.TrainedTreeEnsemble, featureCount)
            : null;

    public static CompiledEnsemble? TryCompile(RegressionTreeEnsemble ensemble, int featureCount)
    {
        var feature = new List<int>();
        var threshold = new List<float>();
        var children = new List<int>();
        var leaves = new List<double>();
        var roots = new int[ensemble.Trees.Count];
        var weights = new double[ensemble.Trees.Count];
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            weights[t] = t < ensemble.TreeWeights.Count ? ensemble.TreeWeights[t] : 1;
            var nodeBase = feature.Count;
            var leafBase = leaves.Count;
            leaves.AddRange(tree.LeafValues);
            if (tree.NumberOfNodes == 0)
            {
                // A single-leaf tree: its root is its only leaf.
                roots[t] = ~leafBase;
                continue;
            }

            roots[t] = nodeBase;
            for (var n = 0; n < tree.NumberOfNodes; n++)
            {
                var split = tree.NumericalSplitFeatureIndexes[n];
                if (tree.CategoricalSplitFlags[n] || split < 0 || split >= featureCount)
                {
                    return null;
                }

                feature.Add(split);
                threshold.Add(tree.NumericalSplitThresholds[n]);
                children.Add(Absolute(tree.LeftChild[n], nodeBase, leafBase));
                children.Add(Absolute(tree.RightChild[n], nodeBase, leafBase));
            }
        }

        return new CompiledEnsemble([.. feature], [.. threshold], [.. children], [.. leaves], roots, weights, ensemble.Bias, featureCount);
    }

    /// <summary>
    /// Scores <paramref name="scores"/>.Length rows laid out row-major in <paramref name="rows"/>, each
    /// <paramref name="stride"/> floats wide (at least <see cref="FeatureCount"/>). No row may hold NaN.
    /// </summary>
    public void Score(ReadOnlySpan<float> rows, int stride, Span<double> scores)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, FeatureCount);
        if ((long)scores.Length * stride > rows.Length)
        {
            throw new ArgumentException($"{scores.Length} rows of {stride} floats need {(long)scores.Length * stride} values, got {rows.Length}", nameof(rows));
        }

        scores.Clear();
        var feature = _feature;
        var threshold = _threshold;
        var children = _children;
        var leafValues = _leafValues;
        for (var start = 0; start < scores.Length; start += BlockRows)
        {
            var count = Math.Min(BlockRows, scores.Length - start);
            var block = scores.Slice(start, count);
            var blockRows = rows.Slice(start * stride, count * stride);
            for (var t = 0; t < _roots.Length; t++)
            {
                var root = _roots[t];
                var weight = _weights[t];
                for (var r = 0; r < count; r++)
                {
                    var row = blockRows.Slice(r * stride, stride);
                    var node = root;
                    while (node >= 0)
                    {
                        // Branch-free step: the right child sits beside the left one.
                        node = children[(2 * node) + (row[feature[node]] <= threshold[node] ? 0 : 1)];
                    }

                    block[r] += weight * leafValues[~node];
                }
            }
        }

        for (var i = 0; i < scores.Length; i++)
        {
            // ML.NET hands the ensemble's double output back as a float score; round the same way.
            scores[i] = (float)(scores[i] + _bias);
        }
    }

    private static int Absolute(int child, int nodeBase, int leafBase) => child >= 0 ? nodeBase + child : ~(leafBase + ~child);
}
