using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DiasporaMatch.Search;

/// <summary>
/// A term query that carries the document frequency its builder already looked up (for the common-term cut),
/// so weighting does not look it up again; Lucene's own search uses the same number. Counted on the reader
/// that runs it: queries are built inside the searcher's own `Search` call.
/// </summary>
public sealed class CountedTermQuery(Term term, int docFreq) : TermQuery(term, docFreq)
{
    public int DocFreq { get; } = docFreq;
}
