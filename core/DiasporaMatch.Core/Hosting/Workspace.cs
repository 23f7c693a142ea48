using DiasporaMatch.Import;
using DiasporaMatch.Normalisation;
using DiasporaMatch.Records;
using DiasporaMatch.Reference;
using DiasporaMatch.Search;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Hosting;

/// <summary>
/// One data folder and the services over it, wired once: what `dmatch` commands and the local host share.
/// Layout: <c>store/</c> documents and change log, <c>index/</c>, <c>models/</c>, <c>taxonomy/</c>.
/// </summary>
public sealed class Workspace : IAsyncDisposable
{
    private Workspace(string root, ReferenceData reference, FileDocumentStore store, TimeProvider time, Random random)
    {
        Root = root;
        Reference = reference;
        Store = store;
        Time = time;
        Schemas = new RecordSchemas(reference);
        Validator = new RecordValidator(Schemas);
        Records = new RecordService(store, Validator, new IdGenerator(time, random));
        Importer = new BulkImporter(Records, Schemas);
    }

    public string Root { get; }

    public ReferenceData Reference { get; }

    public FileDocumentStore Store { get; }

    public TimeProvider Time { get; }

    public RecordSchemas Schemas { get; }

    public RecordValidator Validator { get; }

    public RecordService Records { get; }

    public BulkImporter Importer { get; }

    /// <summary>Where the Lucene indexes live (one folder per indexed kind).</summary>
    public string IndexFolder => Path.Combine(Root, "index");

    /// <summary>Phrase → concept resolution for search; a placeholder resolving nothing until the taxonomy is wired in.</summary>
    public ITermNormaliser TermNormaliser { get; set; } = UnresolvedTermNormaliser.Instance;

    /// <summary>The taxonomy's structure for ranking; a placeholder relating nothing until the taxonomy is wired in.</summary>
    public ITaxonomyView Taxonomy { get; set; } = UnresolvedTaxonomyView.Instance;

    public static Workspace Open(string root, WorkspaceOptions? options = null)
    {
        options ??= new WorkspaceOptions();
        var full = Path.GetFullPath(root);
        Directory.CreateDirectory(full);
        var reference = ReferenceData.Load(options.ReferenceFolder ?? DataPaths.ReferenceFolder);
        var store = new FileDocumentStore(Path.Combine(full, "store"), new FileStoreOptions { FlushToDisk = options.FlushToDisk }, options.Time);
        return new Workspace(full, reference, store, options.Time, new Random(options.Seed));
    }

    public async ValueTask DisposeAsync() => await Store.DisposeAsync();
}
