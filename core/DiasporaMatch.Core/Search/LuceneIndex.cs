using System.Globalization;
using DiasporaMatch.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace DiasporaMatch.Search;

/// <summary>
/// One Lucene index (profiles, needs or opportunities): a single writer, one <see cref="SearcherManager"/>
/// refreshed after each commit (never reopened per query), and the change-feed cursor stored in the commit's
/// user data, so the documents and the cursor that produced them are durable together. Opened read-only
/// (<see cref="OpenReadOnly"/>) it has no writer: it searches the last commit beside the process that writes, takes
/// no lock, creates nothing, and refuses every write.
/// </summary>
public sealed class LuceneIndex<TFacts> : IDisposable
    where TFacts : class
{
    private static readonly ISet<string> VersionField = new HashSet<string> { IndexFields.Version };
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly SnapshotDeletionPolicy _pins = new(new KeepOnlyLastCommitDeletionPolicy());
    private readonly SearcherManager _searchers;
    private readonly CancellationTokenSource _closing = new();
    private readonly Lock _chaining = new();
    private readonly string? _taxonomy;
    private readonly ILogger _logger = NullLogger.Instance;
    private Task _warmed = Task.CompletedTask;

    /// <summary>Opens the index for writing (creating it when missing); another writer holding it fails with <see cref="LockObtainFailedException"/>.</summary>
    /// <param name="taxonomy">The fingerprint of the taxonomy entries are resolved with, if any: committed with them, and an index
    /// committed with another one is <see cref="Outdated"/>.</param>
    /// <param name="logger">Where a failed background warm-up is reported.</param>
    public LuceneIndex(LuceneDirectory directory, FactsWarming warming = FactsWarming.Lazy, string? taxonomy = null, ILogger? logger = null)
    {
        _directory = directory;
        _taxonomy = taxonomy;
        _logger = logger ?? NullLogger.Instance;
        var config = new IndexWriterConfig(TextAnalysis.Version, TextAnalysis.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = SearchSimilarity.Instance,
            RAMBufferSizeMB = 128,
            IndexDeletionPolicy = _pins,
        };
        _writer = new IndexWriter(directory, config);
        if (!DirectoryReader.IndexExists(directory))
        {
            _writer.Commit(); // an empty first commit, so readers and the cursor always have one to open
        }

        Cursor = _writer.CommitData.TryGetValue(IndexFields.CursorKey, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : 0;
        var committed = _writer.CommitData;
        Outdated = _writer.NumDocs > 0 && !(committed.TryGetValue(IndexFields.LayoutKey, out var layout) && layout == IndexFields.Layout
            && (taxonomy is null || (committed.TryGetValue(IndexFields.TaxonomyKey, out var built) && built == taxonomy)));
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Factory(this, warming));
    }

    private LuceneIndex(FactsWarming warming, LuceneDirectory directory)
    {
        _directory = directory;
        _searchers = new SearcherManager(directory, new Factory(this, warming)); // throws IndexNotFoundException when there is no commit
        Cursor = Search(CommittedCursor);
    }

    /// <summary>
    /// Opens the last commit of an existing index for reading only: no IndexWriter, so no write lock and no file
    /// created, and it runs beside the process that writes the index. It sees the commit that was last when it opened.
    /// </summary>
    internal static LuceneIndex<TFacts> OpenReadOnly(LuceneDirectory directory, FactsWarming warming = FactsWarming.Lazy) => new(warming, directory);

    /// <summary>Last change-feed sequence whose effect is committed (for a read-only index: in the commit it reads).</summary>
    public long Cursor { get; private set; }

    /// <summary>
    /// True when the committed documents were built to another <see cref="IndexFields.Layout"/>, or resolved with another
    /// taxonomy than the one given: the writer rebuilds them.
    /// </summary>
    public bool Outdated { get; private set; }

    /// <summary>Opened by <see cref="OpenReadOnly"/>: searches only, every write throws.</summary>
    public bool ReadOnly => _writer is null;

    /// <summary>The cursor in the commit <paramref name="searcher"/> reads: documents and cursor come from the same commit.</summary>
    private static long CommittedCursor(IndexSearcher searcher) =>
        ((DirectoryReader)searcher.IndexReader).IndexCommit.UserData.TryGetValue(IndexFields.CursorKey, out var value)
            ? long.Parse(value, CultureInfo.InvariantCulture)
            : 0;

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("the index is open read-only (beside the process that writes it): it cannot be changed");

    public FactsCache<TFacts> Facts { get; } = new();

    /// <summary>True while facts are being decoded in the background (<see cref="FactsWarming.InBackground"/>): queries are slower until then.</summary>
    public bool Warming => !Warmed.IsCompleted;

    /// <summary>
    /// Completes once the facts of every searcher opened so far are decoded (<see cref="FactsWarming.InBackground"/>;
    /// at once otherwise), or the index closed. Warm-ups run one after another, so a later one skips what an earlier
    /// one decoded; this is the last of them.
    /// </summary>
    public Task Warmed => Volatile.Read(ref _warmed);

    public void Upsert(string id, Document document) => Writer.UpdateDocument(new Term(IndexFields.Id, id), document);

    public void Delete(string id) => Writer.DeleteDocuments(new Term(IndexFields.Id, id));

    public void DeleteAll() => Writer.DeleteAll();

    /// <summary>Makes every change so far durable with <paramref name="cursor"/>, then refreshes searchers.</summary>
    public void Commit(long cursor)
    {
        var writer = Writer;
        var data = new Dictionary<string, string>
        {
            [IndexFields.CursorKey] = cursor.ToString(CultureInfo.InvariantCulture),
            [IndexFields.LayoutKey] = IndexFields.Layout,
        };
        if (_taxonomy is not null)
        {
            data[IndexFields.TaxonomyKey] = _taxonomy;
        }

        writer.SetCommitData(data);
        writer.Commit();
        Cursor = cursor;
        Outdated = false;
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>
    /// Pins the latest commit: its files stay on disk, whatever the writer commits meanwhile, until
    /// <see cref="Unpin"/> (Lucene's own way to copy a live index, used to publish snapshots).
    /// </summary>
    public IndexCommit Pin()
    {
        _ = Writer; // only the writer's deletion policy can keep a commit's files
        return _pins.Snapshot();
    }

    public void Unpin(IndexCommit commit)
    {
        _pins.Release(commit);
        Writer.DeleteUnusedFiles();
    }

    /// <summary>Rewrites segments holding deleted documents, so an erased record leaves no bytes behind.</summary>
    public void ExpungeDeletes()
    {
        // A background merge that began before the delete copies the record into its merged segment (marked deleted,
        // its bytes on disk), and ForceMergeDeletes waits only for the merges it starts: let such merges finish first.
        var writer = Writer;
        writer.WaitForMerges();
        writer.ForceMergeDeletes(doWait: true);
        Commit(Cursor);
    }

    /// <summary>Runs <paramref name="work"/> on the current searcher, released afterwards.</summary>
    public T Search<T>(Func<IndexSearcher, T> work)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return work(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Facts of a hit, by its searcher-wide document number.</summary>
    public TFacts FactsOf(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return Facts.Get(leaf, doc - leaf.DocBase);
    }

    /// <summary>
    /// The facts of record <paramref name="id"/> as indexed, if its entry was built from stored version
    /// <paramref name="version"/>; null otherwise (not indexed, or indexed from another version).
    /// </summary>
    public TFacts? FactsOf(string id, string version) => Search(searcher =>
        EntryOf(searcher, id) is { } doc && searcher.Doc(doc, VersionField).Get(IndexFields.Version) == version ? FactsOf(searcher, doc) : null);

    /// <summary>
    /// As <see cref="FactsOf(string, string)"/>, read from the stored entry as <typeparamref name="TStored"/> rather than
    /// from the facts kept in memory: for an index that keeps a smaller form of what it stores.
    /// </summary>
    public TStored? StoredFactsOf<TStored>(string id, string version)
        where TStored : class => Search(searcher =>
            EntryOf(searcher, id) is { } doc && searcher.Doc(doc) is var entry && entry.Get(IndexFields.Version) == version
                ? StoredFacts.Read<TStored>(entry)
                : null);

    private static int? EntryOf(IndexSearcher searcher, string id) =>
        searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1).ScoreDocs is [var hit, ..] ? hit.Doc : null;

    public int Count => Search(s => s.IndexReader.NumDocs);

    /// <summary>The version of the index searchers see now: it changes with every commit that changed anything.</summary>
    public long Generation => Search(s => ((DirectoryReader)s.IndexReader).Version);

    public void Dispose()
    {
        _closing.Cancel(); // a background warm-up stops at its next document
        try
        {
            Warmed.Wait(); // nothing decodes once Dispose returns
        }
        catch (AggregateException)
        {
            // a warm-up that failed: the index closes all the same
        }

        _searchers.Dispose();
        _writer?.Dispose();
        _directory.Dispose();
        _closing.Dispose();
    }

    private sealed class Factory(LuceneIndex<TFacts> index, FactsWarming warming) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            if (warming == FactsWarming.OnRefresh)
            {
                index.Facts.Warm(reader, CancellationToken.None);
            }
            else if (warming == FactsWarming.InBackground && reader.TryIncRef())
            {
                // The reference keeps the segments open while warming, even if a later refresh retires this reader.
                // One warm-up after another: refreshes in a burst share their segments, and the later ones skip what
                // the first warmed.
                lock (index._chaining)
                {
                    index._warmed = index._warmed.ContinueWith(
                        _ => WarmAndRelease(reader), CancellationToken.None, TaskContinuationOptions.DenyChildAttach, TaskScheduler.Default);
                }
            }

            return new IndexSearcher(reader) { Similarity = SearchSimilarity.Instance };
        }

        private void WarmAndRelease(IndexReader reader)
        {
            try
            {
                index.Facts.Warm(reader, index._closing.Token);
            }
            catch (OperationCanceledException)
            {
                // the index closed: nothing left to warm for
            }
            catch (Exception ex)
            {
                // Queries decode what is left when they first read it, and meet the same failure there.
                Log.WarmUpFailed(index._logger, ex);
            }
            finally
            {
                reader.DecRef();
            }
        }
    }
}
