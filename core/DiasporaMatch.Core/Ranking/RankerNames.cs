namespace DiasporaMatch.Ranking;

/// <summary>Ranker names as the CLI and HTTP API take them (CONTRACT.md).</summary>
public static class RankerNames
{
    public const string Bm25 = "bm25";
    public const string Baseline = "baseline";
    public const string Model = "model";

    public static IReadOnlyList<string> Available { get; } = [Bm25, Baseline];

    /// <summary>Whether a caller may ask for this ranker by name.</summary>
    public static bool IsKnown(string name) => name is Bm25 or Baseline or Model;

    /// <summary>What an answer says when <c>model</c> was asked for and the baseline served it; null when served as asked.</summary>
    public static string? FallbackNote(string requested, string served) =>
        served != requested ? $"no trained model is available; ranked with {served}" : null;

    public static IRanker Create(string name) => name switch
    {
        Bm25 => new Bm25Ranker(),
        Baseline => new BaselineRanker(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown ranker; use bm25 or baseline"),
    };
}
