using DiasporaMatch.Facts;

namespace DiasporaMatch.Ranking;

/// <summary>
/// A pair's feature vector (ordered as <see cref="FeatureSchema"/>) and the evidence behind it. Ranking scores a
/// thousand pairs to show twenty, so features extracted for a query write their evidence only when it is read:
/// on the query's own thread, since the prepared need behind it is not thread-safe.
/// </summary>
public sealed class MatchFeatures
{
    private readonly PreparedNeed? _need;
    private readonly PackedFacts? _expert;
    private readonly TrackRecord _record;
    private MatchEvidence? _evidence;

    public MatchFeatures(float[] values, MatchEvidence evidence)
    {
        Values = values;
        _evidence = evidence;
    }

    internal MatchFeatures(float[] values, PreparedNeed need, PackedFacts expert, TrackRecord record)
    {
        Values = values;
        _need = need;
        _expert = expert;
        _record = record;
    }

    public float[] Values { get; }

    public MatchEvidence Evidence => _evidence ??= _need!.Explain(_expert!, _record);

    public float this[int feature] => Values[feature];
}
