using DiasporaMatch.Assignments;
using DiasporaMatch.Audit;
using DiasporaMatch.Facts;
using DiasporaMatch.Import;
using DiasporaMatch.Matching;
using DiasporaMatch.Normalisation;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Records;
using DiasporaMatch.Reference;
using DiasporaMatch.Search;
using DiasporaMatch.Storage;
using DiasporaMatch.Taxonomy;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Hosting;

/// <summary>
/// One data folder and the services over it, wired once: what `dmatch` commands and the local host share.
/// Layout: <c>store/</c> documents and change log, <c>index/</c>, <c>models/</c>, <c>taxonomy/</c> (the imported
/// snapshot, and the resolver's label index under <c>taxonomy/labels/</c>).
/// </summary>
public sealed class Workspace : IAsyncDisposable
{
    private Workspace(string root, ReferenceData reference, IDocumentStore store, bool ownsStore, WorkspaceOptions options)
    {
        var time = options.Time;
        _ownsStore = ownsStore;
        _erasureKey = options.ErasureKey;
        _loggers = options.LoggerFactory;
        _bundledModels = options.BundledModels;
        _retrieval = options.Retrieval;
        ReadOnly = options.ReadOnly;
        Root = root;
        Reference = reference;
        Store = store;
        Time = time;
        Schemas = new RecordSchemas(reference);
        Validator = new RecordValidator(Schemas);
        Records = new RecordService(store, Validator, new IdGenerator(time, new Random(options.Seed)));
        Importer = new BulkImporter(Records, Schemas, _loggers.CreateLogger<BulkImporter>());
        Audit = new AuditLog(store, time);
        Assignments = new AssignmentService(store, Records, Audit, time);
        _taxonomy = new Lazy<Taxonomy.Taxonomy>(() => TaxonomyLoader.Load(root));
        // A reader builds its label index in memory: it may not write the folder's.
        _resolver = new Lazy<ConceptResolver>(() => new ConceptResolver(_taxonomy.Value, ResolverModel.Bundled, ReadOnly ? null : TaxonomyLoader.LabelIndexPath(root)));
        _normaliser = new Lazy<ConceptNormaliser>(() => new ConceptNormaliser(_resolver.Value));
        _termNormaliser = new Lazy<ITermNormaliser>(() => _normaliser.Value);
        _taxonomyView = new Lazy<ITaxonomyView>(() => new TaxonomyView(_taxonomy.Value));
        _models = new Lazy<ModelRegistry>(() => _bundledModels
            ? new ModelRegistry(Path.Combine(Root, "models"), DataPaths.ModelsFolder)
            : new ModelRegistry(Path.Combine(Root, "models")));
    }

    private readonly bool _ownsStore;
    private readonly Lazy<Taxonomy.Taxonomy> _taxonomy;
    private readonly Lazy<ConceptResolver> _resolver;
    private readonly Lazy<ConceptNormaliser> _normaliser;
    private readonly Lazy<ITermNormaliser> _termNormaliser;
    private readonly Lazy<ITaxonomyView> _taxonomyView;
    private readonly Lazy<ModelRegistry> _models;
    private readonly ILoggerFactory _loggers;
    private readonly bool _bundledModels;
    private readonly RetrievalPath _retrieval;
    private byte[]? _erasureKey;

    /// <summary>Loaded on first use: commands that never match never pay for it.</summary>
    public Taxonomy.Taxonomy Taxonomy => _taxonomy.Value;

    public ConceptResolver Resolver => _resolver.Value;

    /// <summary>Whether this workspace has built its resolver (seconds on ESCO): commands that need none must not.</summary>
    internal bool ResolverBuilt => _resolver.IsValueCreated;

    public ConceptNormaliser Normaliser => _normaliser.Value;

    public string Root { get; }

    /// <summary>Opened with <see cref="WorkspaceOptions.ReadOnly"/>: the store and the indexes are read, never written.</summary>
    public bool ReadOnly { get; }

    public ReferenceData Reference { get; }

    /// <summary>The file store under <c>store/</c>, or the store the caller gave in <see cref="WorkspaceOptions.Store"/>.</summary>
    public IDocumentStore Store { get; }

    public TimeProvider Time { get; }

    public RecordSchemas Schemas { get; }

    public RecordValidator Validator { get; }

    public RecordService Records { get; }

    public BulkImporter Importer { get; }

    /// <summary>Who did what, when: staff read it by subject id.</summary>
    public AuditLog Audit { get; }

    public AssignmentService Assignments { get; }

    /// <summary>The secret behind erasure tombstones: the one configured, else the data folder's own (created once).</summary>
    public byte[] ErasureKey => _erasureKey ??= Privacy.ErasureKey.LoadOrCreate(Root);

    /// <summary>Where the Lucene indexes live (one folder per indexed kind).</summary>
    public string IndexFolder => Path.Combine(Root, "index");

    /// <summary>The learned models: the workspace's own under <c>models/</c>, else (unless turned off) the bundled ones.</summary>
    public ModelRegistry Models => _models.Value;

    /// <summary>
    /// Opens the workspace's indexes as they are on disk; <see cref="OpenMatchServiceAsync"/> also catches them up.
    /// A read-only workspace opens them read-only (they must exist): the service then writes nothing. Its facts
    /// are decoded as queries touch them: a command answering a few queries must not decode every record first
    /// (seconds and a gigabyte at 100k profiles); a long-lived writer warms them in the background. The term
    /// normaliser (the concept resolver: 1.5 s to build on the starter taxonomy; on ESCO 8–9 s, 5–6 s once its label
    /// index is on disk) is built when a phrase must first be resolved: matching an indexed need reads its resolved facts
    /// from the index instead.
    /// </summary>
    public MatchService CreateMatchService()
    {
        var indexes = ReadOnly
            ? SearchIndexes.OpenReadOnly(IndexFolder, FactsWarming.Lazy)
            : SearchIndexes.Open(IndexFolder, FactsWarming.InBackground, _taxonomy.Value.Fingerprint, _loggers.CreateLogger<SearchIndexes>());
        try
        {
            return new MatchService(Store, indexes, NewFactsBuilder(), TaxonomyView, new MatchServiceOptions
            {
                Models = Models,
                FeatureLog = new FeatureLog(Path.Combine(Root, FeatureLog.FolderName), Time),
                Time = Time,
                Cache = new MatchCache(Time),
                Retrieval = _retrieval,
                LoggerFactory = _loggers,
            });
        }
        catch
        {
            indexes.Dispose(); // a writer's lock must not outlive an open that failed (a taxonomy that did not load)
            throw;
        }
    }

    /// <summary>
    /// Opens the workspace's indexes and applies the store changes they have not seen yet; a read-only workspace
    /// answers from the indexes as the writer last committed them (<see cref="SearchIndexer.LagAsync"/> tells how far behind).
    /// </summary>
    public async Task<MatchService> OpenMatchServiceAsync(CancellationToken cancellationToken = default)
    {
        var service = CreateMatchService();
        if (ReadOnly)
        {
            return service;
        }

        try
        {
            await service.Indexer.CatchUpAsync(cancellationToken);
            return service;
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Applies the store changes the indexes have not seen (creating them when missing), then closes them: for a
    /// process that holds the writer lock only long enough to bring the indexes up to date.
    /// </summary>
    public async Task<IndexingReport> CatchUpIndexAsync(IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (ReadOnly)
        {
            throw new InvalidOperationException("a read-only workspace cannot update its indexes");
        }

        using var indexes = SearchIndexes.Open(IndexFolder, taxonomy: _taxonomy.Value.Fingerprint);
        using var indexer = new SearchIndexer(Store, indexes, NewFactsBuilder(), _loggers.CreateLogger<SearchIndexer>());
        return await indexer.CatchUpAsync(progress, cancellationToken);
    }

    /// <summary>
    /// Facts for the indexes, with the resolver left to be built when a phrase must first be resolved: seconds on ESCO
    /// that an import of decisions, or a match of an indexed need, never needs.
    /// </summary>
    private FactsBuilder NewFactsBuilder() => new(_termNormaliser, new LanguageTerms(Reference.CefrLevels));

    /// <summary>Phrase → concept resolution for search: the taxonomy's.</summary>
    public ITermNormaliser TermNormaliser => _termNormaliser.Value;

    /// <summary>The taxonomy's structure for ranking: the taxonomy's.</summary>
    public ITaxonomyView TaxonomyView => _taxonomyView.Value;

    public static Workspace Open(string root, WorkspaceOptions? options = null)
    {
        options ??= new WorkspaceOptions();
        var full = Path.GetFullPath(root);
        if (!options.ReadOnly)
        {
            PrivateFiles.CreateFolder(full); // a reader creates nothing: a missing folder is an empty one
        }

        var reference = ReferenceData.Load(options.ReferenceFolder ?? DataPaths.ReferenceFolder);
        var store = options.Store ?? new FileDocumentStore(
            Path.Combine(full, "store"), new FileStoreOptions { FlushToDisk = options.FlushToDisk, ReadOnly = options.ReadOnly }, options.Time);
        var logger = options.LoggerFactory.CreateLogger<Workspace>();
        var storeKind = options.Store is null ? (options.ReadOnly ? "file, read-only" : "file") : "host-provided";
        Log.StoreOpened(logger, storeKind, full);
        if (store is FileDocumentStore { RestoredChanges: > 0 and var restored })
        {
            Log.ChangeLogRestored(logger, restored);
        }

        return new Workspace(full, reference, store, ownsStore: options.Store is null, options);
    }

    public async ValueTask DisposeAsync()
    {
        // A store given by the caller (the Functions app's Blob store) is the caller's to dispose.
        if (_ownsStore && Store is IAsyncDisposable owned)
        {
            await owned.DisposeAsync();
        }
        if (_resolver.IsValueCreated)
        {
            _resolver.Value.Dispose();
        }
    }
}
