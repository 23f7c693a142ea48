using DiasporaMatch.Reference;
using DiasporaMatch.TestSupport;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace DiasporaMatch.Taxonomy;

public sealed class LabelIndexFolderTests
{
    [Fact]
    public void OpenOrBuild_SameKeyAgain_OpensWhatTheFirstCallBuilt()
    {
        using var parent = new TempFolder();
        var index = new OneDocumentIndex(parent.Path);
        index.OpenOrBuild("a").Dispose();

        using var reopened = index.OpenOrBuild("a");

        Assert.Equal(1, index.Builds);
        Assert.Equal(1, Documents(reopened));
    }

    [Fact]
    public void OpenOrBuild_AnotherKey_ReplacesTheEarlierFolder()
    {
        using var parent = new TempFolder();
        var index = new OneDocumentIndex(parent.Path);
        index.OpenOrBuild("a").Dispose();

        index.OpenOrBuild("b").Dispose();

        Assert.Equal(2, index.Builds);
        Assert.Equal(["b"], System.IO.Directory.GetDirectories(parent.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void OpenOrBuild_FolderDamaged_BuildsItAgain()
    {
        using var parent = new TempFolder();
        var index = new OneDocumentIndex(parent.Path);
        index.OpenOrBuild("a").Dispose();
        foreach (var segments in System.IO.Directory.GetFiles(Path.Combine(parent.Path, "a"), "segments*"))
        {
            File.Delete(segments);
        }

        using var rebuilt = index.OpenOrBuild("a");

        Assert.Equal(2, index.Builds);
        Assert.Equal(1, Documents(rebuilt));
    }

    [Fact]
    public void OpenOrBuild_BuildFails_LeavesNoFolder()
    {
        using var parent = new TempFolder();

        Assert.Throws<InvalidOperationException>(() => LabelIndexFolder.OpenOrBuild(parent.Path, "a", _ => throw new InvalidOperationException("disk full")));

        Assert.Empty(System.IO.Directory.GetFileSystemEntries(parent.Path));
    }

    [Fact]
    public void Key_OneLabelChanged_Differs()
    {
        LabelEntry Entry(string label) => new("urn:x", ConceptKind.Skill, "en", label, true, label, [label], [label]);

        Assert.Equal(LabelIndexFolder.Key([Entry("nursing")]), LabelIndexFolder.Key([Entry("nursing")]));
        Assert.NotEqual(LabelIndexFolder.Key([Entry("nursing")]), LabelIndexFolder.Key([Entry("nursery")]));
    }

    [Fact]
    public void ConceptResolver_LabelIndexOnDisk_ResolvesAsInMemoryBuiltOrReopened()
    {
        using var parent = new TempFolder();
        var taxonomy = EscoImporter.Import(DataPaths.StarterTaxonomyFolder).Taxonomy;
        string[] phrases = ["infirmier", "software developer", "comptable H/F", "verpleegkundige", "boulanger", "java programing", "Dev - Lyon"];
        using var inMemory = new ConceptResolver(taxonomy, ResolverModel.Bundled);
        using var built = new ConceptResolver(taxonomy, ResolverModel.Bundled, parent.Path);
        using var reopened = new ConceptResolver(taxonomy, ResolverModel.Bundled, parent.Path);

        foreach (var phrase in phrases)
        {
            var expected = inMemory.Resolve(phrase);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, built.Resolve(phrase));
            Assert.Equal(expected, reopened.Resolve(phrase));
        }

        Assert.Single(System.IO.Directory.GetDirectories(parent.Path));
    }

    private static int Documents(LuceneDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return reader.NumDocs;
    }

    /// <summary>Stands in for the resolver's label index: one document, and a count of how many times it was built.</summary>
    private sealed class OneDocumentIndex(string parent)
    {
        public int Builds { get; private set; }

        public LuceneDirectory OpenOrBuild(string key) => LabelIndexFolder.OpenOrBuild(parent, key, Write);

        private void Write(LuceneDirectory directory)
        {
            Builds++;
            using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, null));
            writer.AddDocument(new Document { new StringField("id", "1", Field.Store.NO) });
            writer.Commit();
        }
    }
}
