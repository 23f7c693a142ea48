using DiasporaMatch.TestSupport;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DiasporaMatch.Search;

public sealed class CountedTermQueryTests : IDisposable
{
    private readonly RandomTextIndex _index = new(seed: 5);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void AddTerms_AnyIndex_CountsEachTermAsLuceneDoes()
    {
        var words = Enumerable.Range(0, 20).Select(i => RandomTextIndex.Word(new Random(i))).Distinct().ToList();
        var query = new BooleanQuery();

        QueryClauses.AddTerms(query, _index.Reader, RandomTextIndex.Text, words, 1f);

        var counted = ((BooleanQuery)query.Clauses.Single().Query).Clauses.Select(c => (CountedTermQuery)c.Query).ToList();
        Assert.Equal(words.Count, counted.Count);
        Assert.All(counted, q => Assert.Equal(_index.Reader.DocFreq(q.Term), q.DocFreq));
    }

    [Fact]
    public void Top_CountedTerms_SameHitsAndScoresAsPlainTermQueries()
    {
        var searcher = new IndexSearcher(_index.Reader) { Similarity = SearchSimilarity.Instance };
        var words = Enumerable.Range(0, 8).Select(i => RandomTextIndex.Word(new Random(100 + i))).Distinct().ToList();
        var counted = new BooleanQuery();
        QueryClauses.AddTerms(counted, _index.Reader, RandomTextIndex.Text, words, 2f);
        var plain = new BooleanQuery { { new BooleanQuery { Boost = 2f }, Occur.SHOULD } };
        words.ForEach(w => ((BooleanQuery)plain.Clauses[0].Query).Add(new TermQuery(new Term(RandomTextIndex.Text, w)), Occur.SHOULD));
        var filter = new TermBitsetFilter([QueryClauses.Group(RandomTextIndex.Kind, ["open"])]);

        var expected = DisjunctionSearch.Top(searcher, plain, filter, 50);
        var actual = DisjunctionSearch.Top(searcher, counted, filter, 50);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(h => (h.Doc, h.Score)), actual.Select(h => (h.Doc, h.Score)));
        Assert.Equal(searcher.Search(plain, filter, 50).ScoreDocs.Select(h => (h.Doc, h.Score)), searcher.Search(counted, filter, 50).ScoreDocs.Select(h => (h.Doc, h.Score)));
    }
}
