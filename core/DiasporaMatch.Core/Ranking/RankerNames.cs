namespace DiasporaMatch.Ranking;

/// <summary>Ranker names as the CLI and HTTP API take them (CONTRACT.md).</summary>
public static class RankerNames
{
    public const string Bm25 = "bm25";
    public const string Baseline = "baseline";
    public const string Model = "model";

    public static IReadOnlyList<string> Available { get; } = [Bm25, Baseline];

    public static IRanker Create(string name) => name switch
    {
        Bm25 => new Bm25Ranker(),
        Baseline => new BaselineRanker(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown ranker; use bm25 or baseline"),
    };
}
