using DiasporaMatch.TestSupport;
using DiasporaMatch.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DiasporaMatch.Search;

public sealed class DisjunctionSearchTests : IDisposable
{
    private readonly RandomTextIndex _index = new(seed: 7);

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Top_RandomQueries_SameHitsAndScoresAsLucene(int seed) => AssertSameAsLucene(_index, new Random(seed), rounds: 40);

    [Fact]
    public void Top_TermsWithThousandsOfPostings_SameHitsAndScoresAsLucene()
    {
        // Common words here have more postings than the tabled path's threshold.
        using var large = new RandomTextIndex(seed: 8, documents: 8_000);
        var longest = Enumerable.Range(0, 50).Max(i => large.Reader.DocFreq(new Term(RandomTextIndex.Text, RandomTextIndex.Word(new Random(i)))));
        Assert.True(longest > 2_048, $"longest postings {longest}");

        AssertSameAsLucene(large, new Random(9), rounds: 20);
    }

    [Theory]
    [InlineData(40)] // the sampled floor holds: 100 documents reach it
    [InlineData(150)] // the sample saw only the best documents: too few reach its floor, every document is offered
    public void Top_BestDocumentsWhereTheSampleLooks_SameHitsAsLucene(int top)
    {
        // Every 16th document (the ones the floor is sampled from) scores higher than all the others.
        using var directory = new Lucene.Net.Store.RAMDirectory();
        var config = new IndexWriterConfig(TextAnalysis.Version, TextAnalysis.PerField) { Similarity = SearchSimilarity.Instance };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var n = 0; n < 1_600; n++)
            {
                writer.AddDocument(new Lucene.Net.Documents.Document
                {
                    new Lucene.Net.Documents.TextField(RandomTextIndex.Text, n % 16 == 0 ? "peak peak peak" : "peak plain plain plain plain", Lucene.Net.Documents.Field.Store.NO),
                    new Lucene.Net.Documents.StringField(RandomTextIndex.Kind, "open", Lucene.Net.Documents.Field.Store.NO),
                });
            }
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = SearchSimilarity.Instance };
        var query = new BooleanQuery(disableCoord: true) { { new TermQuery(new Term(RandomTextIndex.Text, "peak")), Occur.SHOULD } };
        var filter = new TermBitsetFilter([QueryClauses.Group(RandomTextIndex.Kind, ["open"])]);

        var expected = searcher.Search(query, filter, top).ScoreDocs;
        var actual = DisjunctionSearch.Instance.Top(searcher, query, filter, top);

        Assert.Equal(expected.Select(h => (h.Doc, h.Score)), actual.Select(h => (h.Doc, h.Score)));
        Assert.Equal(Math.Min(top, 100), actual.Count(h => h.Doc % 16 == 0));
    }

    private static void AssertSameAsLucene(RandomTextIndex index, Random random, int rounds)
    {
        var searcher = new IndexSearcher(index.Reader) { Similarity = SearchSimilarity.Instance };
        for (var round = 0; round < rounds; round++)
        {
            var query = RandomQuery(random);
            var filter = new TermBitsetFilter([QueryClauses.Group(RandomTextIndex.Kind, ["open"])]);
            var top = random.Next(1, 60);

            var expected = searcher.Search(query, filter, top).ScoreDocs;
            var actual = DisjunctionSearch.Instance.Top(searcher, query, filter, top);

            Assert.Equal(expected.Length, actual.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i].Score, actual[i].Score, expected[i].Score * 1e-5f);
                if (Math.Abs(expected[i].Score - actual[i].Score) < 1e-4f && i + 1 < expected.Length && expected[i].Score - expected[i + 1].Score > 1e-4f)
                {
                    Assert.Equal(expected[i].Doc, actual[i].Doc); // order may differ only between near-equal scores
                }
            }

            Assert.Equal(expected.Select(h => h.Doc).Order(), actual.Select(h => h.Doc).Order());
        }
    }

    [Fact]
    public void Top_EmptyQuery_EveryPassingLiveDocumentInOrderWithScoreOne()
    {
        var searcher = new IndexSearcher(_index.Reader) { Similarity = SearchSimilarity.Instance };
        var filter = new TermBitsetFilter([QueryClauses.Group(RandomTextIndex.Kind, ["open"])]);

        var expected = searcher.Search(new MatchAllDocsQuery(), filter, 25).ScoreDocs;
        var actual = DisjunctionSearch.Instance.Top(searcher, new BooleanQuery(), filter, 25);

        Assert.Equal(expected.Select(h => (h.Doc, h.Score)), actual.Select(h => (h.Doc, h.Score)));
    }

    [Fact]
    public void Top_DeletedDocuments_NeverReturned()
    {
        var searcher = new IndexSearcher(_index.Reader) { Similarity = SearchSimilarity.Instance };
        var query = new BooleanQuery { { new TermQuery(new Term(RandomTextIndex.Text, "w0")), Occur.SHOULD } };

        var hits = DisjunctionSearch.Instance.Top(searcher, query, new TermBitsetFilter([]), 10_000);

        var live = MultiFields.GetLiveDocs(_index.Reader);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.True(live is null || live.Get(h.Doc)));
        Assert.Equal(searcher.Search(query, 10_000).TotalHits, hits.Length);
    }

    [Fact]
    public void Top_MustClause_Refused()
    {
        var searcher = new IndexSearcher(_index.Reader);
        var query = new BooleanQuery { { new TermQuery(new Term(RandomTextIndex.Text, "w0")), Occur.MUST } };

        Assert.Throws<ArgumentException>(() => DisjunctionSearch.Instance.Top(searcher, query, new TermBitsetFilter([]), 10));
    }

    private static BooleanQuery RandomQuery(Random random)
    {
        var query = new BooleanQuery(disableCoord: true);
        var text = new BooleanQuery { Boost = (float)(0.2 + random.NextDouble() * 3) };
        foreach (var word in Enumerable.Range(0, random.Next(1, 8)).Select(_ => RandomTextIndex.Word(random)).Distinct())
        {
            text.Add(new TermQuery(new Term(RandomTextIndex.Text, word)), Occur.SHOULD);
        }

        query.Add(text, Occur.SHOULD);
        if (random.Next(2) == 0)
        {
            var concepts = new BooleanQuery { Boost = 3f };
            foreach (var concept in Enumerable.Range(0, random.Next(1, 5)).Select(_ => "C" + random.Next(35)).Distinct())
            {
                concepts.Add(new TermQuery(new Term(RandomTextIndex.Concept, concept)), Occur.SHOULD);
            }

            query.Add(concepts, Occur.SHOULD);
        }

        return query;
    }
}
