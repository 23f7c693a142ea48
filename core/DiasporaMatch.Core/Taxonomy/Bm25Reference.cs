using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// Reference resolver (issue #17): plain Lucene BM25 over labels, one document per preferred or alternative
/// label, standard tokenizer and lower case (no stemming, folding or stop words); the phrase's words are
/// optional terms, the kind and language a filter; a concept scores its best label among the top 200.
/// </summary>
public sealed class Bm25Reference : IDisposable
{
    private const string TextField = "text";
    private readonly RAMDirectory _directory = new();
    private readonly StandardAnalyzer _analyzer = new(ResolverAnalyzers.Version, CharArraySet.Empty);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly string[] _uris;

    public Bm25Reference(Taxonomy taxonomy)
    {
        var labels = ReferenceLabels.Of(taxonomy).ToArray();
        _uris = labels.Select(l => l.Uri).ToArray();
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(ResolverAnalyzers.Version, _analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var (_, kind, language, label) in labels)
            {
                writer.AddDocument(new Document
                {
                    new StringField("kind", kind.ToString(), Field.Store.NO),
                    new StringField("lang", language, Field.Store.NO),
                    new TextField(TextField, label, Field.Store.NO),
                });
            }

            writer.ForceMerge(1);
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>Concept URIs, best first.</summary>
    public IReadOnlyList<string> Rank(string text, ConceptKind kind, string language, int top = 10)
    {
        var words = new BooleanQuery();
        using (var stream = _analyzer.GetTokenStream(TextField, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken() && words.Clauses.Count < 64)
            {
                words.Add(new TermQuery(new Term(TextField, term.ToString())), Occur.SHOULD);
            }

            stream.End();
        }

        if (words.Clauses.Count == 0)
        {
            return [];
        }

        var filter = new BooleanQuery
        {
            { new TermQuery(new Term("kind", kind.ToString())), Occur.MUST },
            { new TermQuery(new Term("lang", language)), Occur.MUST },
        };
        var hits = _searcher.Search(words, new QueryWrapperFilter(filter), 200).ScoreDocs;
        return ReferenceLabels.BestConcepts(hits.Select(h => (_uris[h.Doc], (double)h.Score)), top);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
