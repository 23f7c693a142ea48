using DiasporaMatch.TestSupport;
using Lucene.Net.Index;

namespace DiasporaMatch.Search;

public sealed class SegmentPostingsTests : IDisposable
{
    private readonly RandomTextIndex _index = new(seed: 11);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData(RandomTextIndex.Text, "w0")]
    [InlineData(RandomTextIndex.Text, "w150")]
    [InlineData(RandomTextIndex.Concept, "C3")]
    [InlineData(RandomTextIndex.Concept, "absent")]
    public void DocFreq_DeletedDocumentsIncluded_SameAsLucene(string field, string value)
    {
        var term = new Term(field, value);

        Assert.Equal(_index.Reader.DocFreq(term), SegmentPostings.DocFreq(_index.Reader, term));
    }

    [Fact]
    public void DocFreq_AfterARefresh_CountsWhatTheNewReaderHolds()
    {
        using var index = FactsIndex.With(FactsWarming.Lazy, "N-1", "N-2");
        var term = new Term(IndexFields.Id, "N-3");
        Assert.Equal(0, index.Search(s => SegmentPostings.DocFreq(s.IndexReader, term)));

        FactsIndex.Add(index, "N-3");
        index.Commit(2);

        Assert.Equal(1, index.Search(s => SegmentPostings.DocFreq(s.IndexReader, term)));
        Assert.Equal(1, index.Search(s => SegmentPostings.DocFreq(s.IndexReader, term))); // and again, remembered
    }

    [Fact]
    public void InReader_EveryLeaf_ThatLeafsPostingsByOrdinal()
    {
        var term = new Term(RandomTextIndex.Text, "w2");
        var postings = SegmentPostings.InReader(_index.Reader, term);

        Assert.True(_index.Reader.Leaves.Count > 1);
        foreach (var leaf in _index.Reader.Leaves)
        {
            Assert.Equal(SegmentPostings.Of(leaf.AtomicReader, term).Docs, postings.InLeaf(leaf.Ord).Docs);
        }

        Assert.Equal(_index.Reader.DocFreq(term), postings.DocFreq);
        Assert.Same(postings, SegmentPostings.InReader(_index.Reader, term)); // remembered
    }

    [Fact]
    public void InReader_MoreTermsThanTheBound_StartsAfreshAndStillAnswers()
    {
        using var index = new RandomTextIndex(seed: 12, documents: 40);
        for (var i = 0; i <= SegmentPostings.MaxRememberedPerReader; i++)
        {
            SegmentPostings.InReader(index.Reader, new Term(RandomTextIndex.Concept, "absent" + i));
        }

        Assert.InRange(SegmentPostings.RememberedCount(index.Reader), 1, SegmentPostings.MaxRememberedPerReader);
        var term = new Term(RandomTextIndex.Text, "w0");
        Assert.Equal(index.Reader.DocFreq(term), SegmentPostings.DocFreq(index.Reader, term));
    }

    [Fact]
    public void Of_TextTerm_FrequenciesAsLuceneCountsThem()
    {
        var term = new Term(RandomTextIndex.Text, "w1");
        foreach (var leaf in _index.Reader.Leaves)
        {
            var postings = SegmentPostings.Of(leaf.AtomicReader, term);
            var docs = leaf.AtomicReader.GetTerms(term.Field)!.GetEnumerator();
            Assert.True(docs.SeekExact(term.Bytes));
            var expected = docs.Docs(null, null);
            for (var i = 0; i < postings.Docs.Length; i++)
            {
                Assert.Equal(expected.NextDoc(), postings.Docs[i]);
                Assert.Equal(expected.Freq, postings.Freqs![i]);
            }

            Assert.Equal(Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS, expected.NextDoc());
        }
    }

    [Fact]
    public void Of_StringField_NoFrequenciesAndNoNorms()
    {
        var leaf = _index.Reader.Leaves[0].AtomicReader;

        Assert.Null(SegmentPostings.Of(leaf, new Term(RandomTextIndex.Concept, "C1")).Freqs);
        Assert.Null(SegmentPostings.NormsOf(leaf, RandomTextIndex.Concept));
        Assert.NotNull(SegmentPostings.NormsOf(leaf, RandomTextIndex.Text));
    }
}
