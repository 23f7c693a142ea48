namespace DiasporaMatch.Storage;

/// <summary>
/// The embedded store: one file per document under <c>docs/{kind}/{id}.json</c> and a change log beside them.
/// A write goes to a temp file that is renamed over the document, so a killed process leaves the old or the
/// new document, never a torn one. The change is logged before the rename (a crash in between leaves a feed
/// entry whose consumer re-reads the unchanged document, which is harmless; the reverse would lose a change)
/// but readers see it only once the rename is done, so no consumer reads the old document for a new entry.
/// One process writes a data folder at a time, decided at open: a writer takes the OS lock on <c>writer.lock</c>
/// before it touches the log (a second writer is refused with <see cref="StoreBusyException"/>); a read-only
/// store never writes, truncates or repairs anything. Everything is created owner-only (<see cref="PrivateFiles"/>).
/// </summary>
public sealed class FileDocumentStore : IDocumentStore, IRedactableChangeLog, IAsyncDisposable
{
    private const int Stripes = 256;
    private readonly string _docs;
    private readonly FileStoreOptions _options;
    private readonly ChangeLog _log;
    private readonly SemaphoreSlim[] _locks = Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    private readonly FileStream? _writerLock;

    /// <summary>Opens the store; as a writer (the default) it throws <see cref="StoreBusyException"/> when another process writes the folder.</summary>
    public FileDocumentStore(string root, FileStoreOptions? options = null, TimeProvider? time = null)
    {
        _options = options ?? new FileStoreOptions();
        Root = Path.GetFullPath(root);
        _docs = Path.Combine(Root, "docs");
        var logPath = Path.Combine(Root, "changes.log");
        if (_options.ReadOnly)
        {
            _log = ChangeLog.OpenReadOnly(logPath);
            return;
        }

        PrivateFiles.CreateFolder(_docs);
        _writerLock = AcquireWriterLock(Root);
        try
        {
            // Only the lock holder repairs: a reader cutting a "torn" tail would cut lines the writer is still appending.
            foreach (var stray in Directory.EnumerateFiles(_docs, "*.tmp", SearchOption.AllDirectories))
            {
                File.Delete(stray); // left by a process killed mid-write; the document itself is intact
            }

            _log = ChangeLog.OpenForWriting(logPath, _options.FlushToDisk, time ?? TimeProvider.System);
        }
        catch
        {
            _writerLock.Dispose();
            throw;
        }
    }

    public string Root { get; }

    /// <summary>Opened read-only: reads only, any write throws.</summary>
    public bool ReadOnly => _options.ReadOnly;

    public long LastSequence => _log.LastSequence;

    /// <summary>Changes this writer found damaged in the change log, and marked lost, when it opened (<see cref="ChangeLog.Restored"/>).</summary>
    public int RestoredChanges => _log.Restored;

    public async Task<StoredDocument?> GetAsync(string kind, string id, CancellationToken cancellationToken = default)
    {
        StoreNames.Check(kind, id);
        var bytes = await ReadIfExistsAsync(PathOf(kind, id), cancellationToken);
        return bytes is null ? null : new StoredDocument(kind, id, DocumentVersion.Of(bytes), bytes);
    }

    public Task<StoredDocument> CreateAsync(string kind, string id, ReadOnlyMemory<byte> json, CancellationToken cancellationToken = default) =>
        WriteAsync(kind, id, json, expectedVersion: null, cancellationToken);

    public Task<StoredDocument> ReplaceAsync(string kind, string id, ReadOnlyMemory<byte> json, string expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(expectedVersion);
        return WriteAsync(kind, id, json, expectedVersion, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string kind, string id, string? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        StoreNames.Check(kind, id);
        EnsureWritable();
        var gate = LockFor(kind, id);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var path = PathOf(kind, id);
            var current = await ReadIfExistsAsync(path, CancellationToken.None);
            if (current is null)
            {
                return false;
            }

            if (expectedVersion is not null && DocumentVersion.Of(current) != expectedVersion)
            {
                throw new DocumentConflictException(kind, id, "the document changed since it was read");
            }

            var change = await _log.AppendAsync(kind, id, ChangeOperation.Delete, null);
            try
            {
                File.Delete(path);
            }
            finally
            {
                _log.Publish(change.Sequence);
            }

            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    public Task<DocumentPage> ListAsync(string kind, string? cursor, int limit, CancellationToken cancellationToken = default)
    {
        StoreNames.CheckKind(kind);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var folder = Path.Combine(_docs, kind);
        if (!Directory.Exists(folder))
        {
            return Task.FromResult(new DocumentPage([], null));
        }

        var ids = IdsIn(folder)
            .Where(id => cursor is null || string.CompareOrdinal(id, cursor) > 0)
            .Order(StringComparer.Ordinal)
            .Take(limit + 1)
            .ToList();
        var more = ids.Count > limit;
        var page = ids.Take(limit).ToList();
        return Task.FromResult(new DocumentPage(page!, more ? page[^1] : null));
    }

    public Task<IReadOnlyList<string>> ListIdsAsync(string kind, CancellationToken cancellationToken = default)
    {
        StoreNames.CheckKind(kind);
        var folder = Path.Combine(_docs, kind);
        IReadOnlyList<string> ids = Directory.Exists(folder) ? [.. IdsIn(folder).Order(StringComparer.Ordinal)] : [];
        return Task.FromResult(ids);
    }

    /// <summary>The ids of a kind's folder, in no order: a document is its id's file (<see cref="PathOf"/>).</summary>
    private static IEnumerable<string> IdsIn(string folder) =>
        Directory.EnumerateFiles(folder, "*.json").Select(path => Path.GetFileNameWithoutExtension(path));

    public Task<IReadOnlyList<DocumentChange>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult(_log.Read(afterSequence, limit));

    /// <summary>Erasure: forgets an id in the change log (see <see cref="ChangeLog.Redact"/>).</summary>
    public Task<int> RedactChangesAsync(string kind, string id)
    {
        StoreNames.Check(kind, id);
        EnsureWritable();
        return Task.FromResult(_log.Redact(kind, id));
    }

    public async ValueTask DisposeAsync()
    {
        await _log.DisposeAsync();
        _writerLock?.Dispose();
        foreach (var gate in _locks)
        {
            gate.Dispose();
        }
    }

    private async Task<StoredDocument> WriteAsync(string kind, string id, ReadOnlyMemory<byte> json, string? expectedVersion, CancellationToken cancellationToken)
    {
        StoreNames.Check(kind, id);
        EnsureWritable();
        var gate = LockFor(kind, id);
        await gate.WaitAsync(cancellationToken);
        string? temp = null;
        try
        {
            var path = PathOf(kind, id);
            var current = await ReadIfExistsAsync(path, CancellationToken.None);
            if (expectedVersion is null && current is not null)
            {
                throw new DocumentConflictException(kind, id, "a document with this id exists already");
            }

            if (expectedVersion is not null && current is null)
            {
                throw new DocumentConflictException(kind, id, "the document does not exist (any more)");
            }

            if (expectedVersion is not null && DocumentVersion.Of(current) != expectedVersion)
            {
                throw new DocumentConflictException(kind, id, "the document changed since it was read (stale version)");
            }

            PrivateFiles.CreateFolder(Path.GetDirectoryName(path)!);
            temp = $"{path}.{Guid.NewGuid():N}.tmp";
            await using (var file = new FileStream(temp, PrivateFiles.Options(FileMode.CreateNew, FileAccess.Write)))
            {
                await file.WriteAsync(json, CancellationToken.None);
                file.Flush(flushToDisk: _options.FlushToDisk && !FileSystemSync.Available); // else the log's group sync covers it
            }

            var version = DocumentVersion.Of(json.Span);
            var change = await _log.AppendAsync(kind, id, ChangeOperation.Upsert, version);
            try
            {
                File.Move(temp, path, overwrite: true);
                temp = null;
            }
            finally
            {
                _log.Publish(change.Sequence);
            }

            return new StoredDocument(kind, id, version, json.ToArray());
        }
        finally
        {
            if (temp is not null)
            {
                File.Delete(temp);
            }

            gate.Release();
        }
    }

    private void EnsureWritable()
    {
        if (_options.ReadOnly)
        {
            throw new InvalidOperationException($"the data folder {Root} was opened read-only");
        }
    }

    /// <summary>An OS lock (flock, released by the kernel when the process dies, however it dies) on <c>writer.lock</c>.</summary>
    private static FileStream AcquireWriterLock(string root)
    {
        try
        {
            return new FileStream(Path.Combine(root, "writer.lock"), PrivateFiles.Options(FileMode.OpenOrCreate, FileAccess.ReadWrite));
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new StoreBusyException(root, ex);
        }
    }

    private string PathOf(string kind, string id) => Path.Combine(_docs, kind, id + ".json");

    private SemaphoreSlim LockFor(string kind, string id) =>
        _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(kind + "/" + id) % Stripes)];

    private static async Task<byte[]?> ReadIfExistsAsync(string path, CancellationToken cancellationToken)
    {
        // Absent documents are common (most experts have no booking sheet): a look costs less than an exception.
        // The catch stays for a file deleted between the look and the read.
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }
}
