using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;

namespace DiasporaMatch.Trees;

/// <summary>
/// A trained tree ensemble (LightGBM or FastTree, as ML.NET holds it) flattened into arrays and evaluated
/// directly: no IDataView, cursor or per-row VBuffer. It reproduces ML.NET's own evaluation — at a numerical
/// split a value <c>&lt;= threshold</c> goes to the left child, otherwise right; a negative child is
/// <c>~leafIndex</c>; the score is the sum of the trees' leaf values (times the tree weights), plus the
/// ensemble's bias, accumulated in double and returned as ML.NET's float. What it cannot reproduce exactly it
/// refuses: ensembles with categorical splits do not compile, and rows holding NaN must go through ML.NET,
/// because ML.NET replaces NaN per node with a default it does not expose publicly.
/// <para>
/// Evaluation is latency-bound (each step loads a node, then a feature, then a child), so rows do not walk a
/// tree one at a time: a block of rows takes each step together, which gives the CPU independent loads to
/// overlap and no unpredictable branch. Leaves loop back to themselves, so every row takes the tree's depth in
/// steps and lands on its leaf wherever its path ended.
/// </para>
/// </summary>
public sealed class CompiledEnsemble
{
    // Rows are scored in blocks so a block's features stay in L1 while every tree runs over it, tree-major.
    private const int BlockRows = 128;

    // One entry per node (internal and leaf) across all trees. A node's children sit side by side in
    // _children (left at 2n, right at 2n + 1); a leaf is its own two children and carries its value.
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly int[] _children;
    private readonly double[] _value;

    // Per tree: its root node, how many steps reach every leaf, and its weight.
    private readonly int[] _roots;
    private readonly int[] _depths;
    private readonly double[] _weights;
    private readonly double _bias;

    private CompiledEnsemble(int[] feature, float[] threshold, int[] children, double[] value, int[] roots, int[] depths, double[] weights, double bias, int featureCount)
    {
        _feature = feature;
        _threshold = threshold;
        _children = children;
        _value = value;
        _roots = roots;
        _depths = depths;
        _weights = weights;
        _bias = bias;
        FeatureCount = featureCount;
    }

    /// <summary>How many leading features a row must carry (the ensemble reads none beyond).</summary>
    public int FeatureCount { get; }

    public int Trees => _roots.Length;

    /// <summary>Every numerical split as (feature, threshold): where tests probe the boundary cases.</summary>
    internal IEnumerable<(int Feature, float Threshold)> Splits() =>
        Enumerable.Range(0, _feature.Length).Where(n => _children[2 * n] != n).Select(n => (_feature[n], _threshold[n]));

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
        var value = new List<double>();
        var roots = new int[ensemble.Trees.Count];
        var depths = new int[ensemble.Trees.Count];
        var weights = new double[ensemble.Trees.Count];
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            weights[t] = t < ensemble.TreeWeights.Count ? ensemble.TreeWeights[t] : 1;
            var nodeBase = feature.Count;
            var leafBase = nodeBase + tree.NumberOfNodes;
            roots[t] = tree.NumberOfNodes == 0 ? leafBase : nodeBase;
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
                value.Add(0);
            }

            for (var l = 0; l < tree.LeafValues.Count; l++)
            {
                feature.Add(0);
                threshold.Add(0);
                children.Add(leafBase + l);
                children.Add(leafBase + l);
                value.Add(tree.LeafValues[l]);
            }

            depths[t] = tree.NumberOfNodes == 0 ? 0 : Depth(tree.LeftChild, tree.RightChild, 0);
        }

        return new CompiledEnsemble([.. feature], [.. threshold], [.. children], [.. value], roots, depths, weights, ensemble.Bias, featureCount);
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
        Span<int> at = stackalloc int[BlockRows];
        for (var start = 0; start < scores.Length; start += BlockRows)
        {
            var count = Math.Min(BlockRows, scores.Length - start);
            ScoreBlock(rows.Slice(start * stride, count * stride), stride, scores.Slice(start, count), at[..count]);
        }

        for (var i = 0; i < scores.Length; i++)
        {
            // ML.NET hands the ensemble's double output back as a float score; round the same way.
            scores[i] = (float)(scores[i] + _bias);
        }
    }

    /// <summary>
    /// Adds each feature's contribution to the row's score into <paramref name="contributions"/>, as ML.NET's
    /// feature-contribution calculator does for tree ensembles: at every split on the row's path, the row's
    /// leaf value minus the leaf value it would reach had it gone the other way there, credited to the split's
    /// feature, summed over trees as floats. The row may not hold NaN.
    /// </summary>
    public void Contributions(ReadOnlySpan<float> row, Span<float> contributions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row.Length, FeatureCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(contributions.Length, FeatureCount);
        for (var t = 0; t < _roots.Length; t++)
        {
            var node = _roots[t];
            if (IsLeaf(node))
            {
                continue; // no root split, no contributions
            }

            var output = _value[LeafFrom(node, row)];
            while (!IsLeaf(node))
            {
                var feature = _feature[node];
                var right = row[feature] > _threshold[node];
                var otherWay = _children[(2 * node) + (right ? 0 : 1)];
                node = _children[(2 * node) + (right ? 1 : 0)];
                contributions[feature] += (float)(output - _value[LeafFrom(otherWay, row)]);
            }
        }
    }

    private bool IsLeaf(int node) => _children[2 * node] == node;

    private int LeafFrom(int node, ReadOnlySpan<float> row)
    {
        while (!IsLeaf(node))
        {
            node = _children[(2 * node) + (row[_feature[node]] > _threshold[node] ? 1 : 0)];
        }

        return node;
    }

    private void ScoreBlock(ReadOnlySpan<float> rows, int stride, Span<double> block, Span<int> at)
    {
        // Every index below was checked when the ensemble was compiled (nodes, children, features < FeatureCount
        // <= stride) or comes from the block's own bounds, so the hot loop reads without bounds checks.
        ref var row0 = ref MemoryMarshal.GetReference(rows);
        ref var feature = ref MemoryMarshal.GetArrayDataReference(_feature);
        ref var threshold = ref MemoryMarshal.GetArrayDataReference(_threshold);
        ref var children = ref MemoryMarshal.GetArrayDataReference(_children);
        ref var node = ref MemoryMarshal.GetReference(at);
        var count = at.Length;
        for (var t = 0; t < _roots.Length; t++)
        {
            at.Fill(_roots[t]);
            for (var step = _depths[t]; step > 0; step--)
            {
                for (var r = 0; r < count; r++)
                {
                    var n = Unsafe.Add(ref node, r);
                    var x = Unsafe.Add(ref row0, (r * stride) + Unsafe.Add(ref feature, n));
                    Unsafe.Add(ref node, r) = Unsafe.Add(ref children, (2 * n) + (x > Unsafe.Add(ref threshold, n) ? 1 : 0));
                }
            }

            var weight = _weights[t];
            for (var r = 0; r < count; r++)
            {
                block[r] += weight * _value[at[r]];
            }
        }
    }

    private static int Depth(IReadOnlyList<int> left, IReadOnlyList<int> right, int node) =>
        node < 0 ? 0 : 1 + Math.Max(Depth(left, right, left[node]), Depth(left, right, right[node]));

    private static int Absolute(int child, int nodeBase, int leafBase) => child >= 0 ? nodeBase + child : leafBase + ~child;
}
