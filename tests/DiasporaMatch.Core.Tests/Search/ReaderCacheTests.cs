using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DiasporaMatch.Search;

public sealed class ReaderCacheTests
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    [Fact]
    public void OfReader_ReaderDisposed_ValueDropped()
    {
        using var directory = Index(documents: 3);
        var cache = new ReaderCache<object>(_ => new object());
        var reader = DirectoryReader.Open(directory);
        var first = cache.OfReader(reader);

        Assert.Same(first, cache.OfReader(reader));
        reader.Dispose();

        Assert.False(cache.Holds(reader));
    }

    [Fact]
    public void OfSegment_SharedAcrossReadersUntilSegmentMergedAway()
    {
        using var directory = Index(documents: 3);
        var cache = new ReaderCache<int[]>(reader => new int[reader.MaxDoc]);
        var reader = DirectoryReader.Open(directory);
        var segment = reader.Leaves[0].AtomicReader;
        var key = segment.CoreCacheKey;
        var slots = cache.OfSegment(segment);

        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, null)))
        {
            writer.AddDocument(new Document { new StringField("id", "more", Field.Store.NO) });
            writer.Commit();
            using var refreshed = DirectoryReader.OpenIfChanged(reader)!;
            Assert.Same(slots, cache.OfSegment(refreshed.Leaves.Single(l => l.AtomicReader.CoreCacheKey == key).AtomicReader));
            Assert.Equal(3, slots.Length);

            writer.ForceMerge(1);
            writer.Commit();
        }

        reader.Dispose(); // the last reader of the merged-away segment

        Assert.False(cache.Holds(key));
    }

    private static RAMDirectory Index(int documents)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Version, null));
        for (var i = 0; i < documents; i++)
        {
            writer.AddDocument(new Document { new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO) });
        }

        writer.Commit();
        return directory;
    }
}
