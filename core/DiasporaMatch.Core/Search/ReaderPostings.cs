namespace DiasporaMatch.Search;

/// <summary>One term's postings in every segment of a reader, by leaf ordinal, with their total length.</summary>
public sealed class ReaderPostings
{
    private readonly TermPostings[] _perLeaf;

    public ReaderPostings(TermPostings[] perLeaf)
    {
        _perLeaf = perLeaf;
        foreach (var postings in perLeaf)
        {
            DocFreq += postings.Docs.Length;
        }
    }

    /// <summary>Documents holding the term, deleted ones included, as Lucene counts document frequency.</summary>
    public int DocFreq { get; }

    /// <summary>The postings in the leaf of ordinal <paramref name="leaf"/> (<c>AtomicReaderContext.Ord</c>).</summary>
    public TermPostings InLeaf(int leaf) => _perLeaf[leaf];
}
