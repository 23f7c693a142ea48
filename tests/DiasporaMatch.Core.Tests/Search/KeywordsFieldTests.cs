using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DiasporaMatch.Search;

public sealed class KeywordsFieldTests
{
    private const string Name = "kw";

    [Fact]
    public void Of_SeededDocuments_SamePostingsAndFieldFlagsAsOneStringFieldPerValue()
    {
        var random = new Random(20261206);
        var documents = Enumerable.Range(0, 300)
            .Select(_ => Enumerable.Range(0, random.Next(0, 12)).Select(_ => random.Next(4) == 0 ? "" : "v" + random.Next(60)).ToArray())
            .ToArray();

        using var reference = Build(documents, values => values.Where(v => v.Length > 0).Select(v => new StringField(Name, v, Field.Store.NO)));
        using var keywords = Build(documents, values => KeywordsField.Of(Name, values) is { } field ? [field] : []);

        Assert.Equal(Postings(reference), Postings(keywords));
        var expected = MultiFields.GetMergedFieldInfos(reference).FieldInfo(Name);
        var actual = MultiFields.GetMergedFieldInfos(keywords).FieldInfo(Name);
        Assert.Equal((expected.IndexOptions, expected.HasNorms, expected.HasPayloads), (actual.IndexOptions, actual.HasNorms, actual.HasPayloads));
    }

    [Fact]
    public void Of_ValueWithSpacesAndPunctuation_IndexedWhole()
    {
        using var index = Build([["fr:B2", "two words"]], values => [KeywordsField.Of(Name, values)!]);

        Assert.Equal(["fr:B2: 0", "two words: 0"], Postings(index));
    }

    [Fact]
    public void Of_NoValueOrOnlyEmptyOnes_NoField()
    {
        Assert.Null(KeywordsField.Of(Name, []));
        Assert.Null(KeywordsField.Of(Name, ["", ""]));
    }

    private static DirectoryReader Build(string[][] documents, Func<string[], IEnumerable<IIndexableField>> fields)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            foreach (var values in documents)
            {
                var document = new Document { new StringField("id", "x", Field.Store.NO) }; // every document exists, with or without keywords
                foreach (var field in fields(values))
                {
                    document.Add(field);
                }

                writer.AddDocument(document);
            }
        }

        return DirectoryReader.Open(directory);
    }

    /// <summary>Each term of the field with the documents holding it, as "term: doc,doc,…".</summary>
    private static List<string> Postings(IndexReader reader)
    {
        var postings = new List<string>();
        var terms = MultiFields.GetTerms(reader, Name)?.GetEnumerator();
        while (terms is not null && terms.MoveNext())
        {
            var docs = new List<int>();
            var iterator = terms.Docs(MultiFields.GetLiveDocs(reader), null, DocsFlags.NONE);
            while (iterator.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                docs.Add(iterator.DocID);
            }

            postings.Add($"{terms.Term.Utf8ToString()}: {string.Join(',', docs)}");
        }

        return postings;
    }
}
