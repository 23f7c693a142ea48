using DiasporaMatch.Search;
using DiasporaMatch.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DiasporaMatch.TestSupport;

/// <summary>
/// A seeded in-memory index of random words in a text field and random concepts in a string field, written in
/// several segments with some documents deleted: the cases where hand-rolled BM25 could drift from Lucene's.
/// </summary>
public sealed class RandomTextIndex : IDisposable
{
    public const string Text = IndexFields.BodyText;
    public const string Concept = IndexFields.Concept;
    public const string Kind = IndexFields.Status;

    private readonly RAMDirectory _directory = new();

    public RandomTextIndex(int seed, int documents = 600)
    {
        var random = new Random(seed);
        var config = new IndexWriterConfig(TextAnalysis.Version, TextAnalysis.PerField) { Similarity = SearchSimilarity.Instance };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var n = 0; n < documents; n++)
            {
                var words = Enumerable.Range(0, random.Next(1, 40)).Select(_ => Word(random));
                var document = new Document
                {
                    new StringField(IndexFields.Id, "D" + n, Field.Store.YES),
                    new TextField(Text, string.Join(' ', words), Field.Store.NO),
                    new StringField(Kind, random.Next(3) == 0 ? "closed" : "open", Field.Store.NO),
                };
                foreach (var concept in Enumerable.Range(0, random.Next(0, 6)).Select(_ => "C" + random.Next(30)).Distinct())
                {
                    document.Add(new StringField(Concept, concept, Field.Store.NO));
                }

                writer.AddDocument(document);
                if (n % 150 == 149)
                {
                    writer.Commit(); // a new segment
                }
            }

            for (var n = 0; n < documents; n += 7)
            {
                writer.DeleteDocuments(new Term(IndexFields.Id, "D" + n));
            }
        }

        Reader = DirectoryReader.Open(_directory);
    }

    public DirectoryReader Reader { get; }

    /// <summary>Words from a small vocabulary, skewed so some are common and some rare.</summary>
    public static string Word(Random random)
    {
        var u = random.NextDouble();
        return "w" + (int)(u * u * 200);
    }

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
    }
}
