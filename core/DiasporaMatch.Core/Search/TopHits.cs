using Lucene.Net.Search;

namespace DiasporaMatch.Search;

/// <summary>The best <c>capacity</c> documents offered, ordered as Lucene orders hits: score descending, then document number ascending.</summary>
internal sealed class TopHits(int capacity)
{
    private static readonly IComparer<(float Score, int Doc)> LuceneOrder =
        Comparer<(float Score, int Doc)>.Create((a, b) => b.Score.CompareTo(a.Score) is var byScore and not 0 ? byScore : a.Doc.CompareTo(b.Doc));

    private readonly TopK<(float Score, int Doc)> _best = new(capacity, LuceneOrder);

    public int Count => _best.Count;

    public int Capacity => capacity;

    /// <summary>
    /// A score a later document (higher number) must beat to be kept: 0 until full (only positive scores are
    /// offered), then the weakest kept — a tie loses to the lower document already in.
    /// </summary>
    public float Threshold => _best.IsFull ? _best.Worst.Score : 0;

    public void Offer(int doc, float score) => _best.Offer((score, doc));

    public ScoreDoc[] ToArray() => [.. _best.ToArray().Select(hit => new ScoreDoc(hit.Doc, hit.Score))];
}
