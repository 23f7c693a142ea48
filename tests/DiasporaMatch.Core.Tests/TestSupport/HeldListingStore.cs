using DiasporaMatch.Storage;

namespace DiasporaMatch.TestSupport;

/// <summary>
/// The real file store whose next listing of one kind is taken, then held until the test releases it: the reader
/// is caught between its listing and its reads, as when records arrive while a long scan is under way.
/// </summary>
internal sealed class HeldListingStore(IDocumentStore inner, string heldKind) : IDocumentStore
{
    private readonly TaskCompletionSource _listed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _held;

    /// <summary>Completes once the held listing is taken (and waits for <see cref="Release"/>).</summary>
    public Task Listed => _listed.Task;

    public void Release() => _released.TrySetResult();

    public async Task<IReadOnlyList<string>> ListIdsAsync(string kind, CancellationToken cancellationToken = default)
    {
        var ids = await inner.ListIdsAsync(kind, cancellationToken);
        if (kind == heldKind && Interlocked.Exchange(ref _held, 1) == 0)
        {
            _listed.TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
        }

        return ids;
    }

    public Task<StoredDocument?> GetAsync(string kind, string id, CancellationToken cancellationToken = default) => inner.GetAsync(kind, id, cancellationToken);

    public Task<StoredDocument> CreateAsync(string kind, string id, ReadOnlyMemory<byte> json, CancellationToken cancellationToken = default) => inner.CreateAsync(kind, id, json, cancellationToken);

    public Task<StoredDocument> ReplaceAsync(string kind, string id, ReadOnlyMemory<byte> json, string expectedVersion, CancellationToken cancellationToken = default) =>
        inner.ReplaceAsync(kind, id, json, expectedVersion, cancellationToken);

    public Task<bool> DeleteAsync(string kind, string id, string? expectedVersion = null, CancellationToken cancellationToken = default) => inner.DeleteAsync(kind, id, expectedVersion, cancellationToken);

    public Task<DocumentPage> ListAsync(string kind, string? cursor, int limit, CancellationToken cancellationToken = default) => inner.ListAsync(kind, cursor, limit, cancellationToken);

    public Task<IReadOnlyList<DocumentChange>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        inner.ReadChangesAsync(afterSequence, limit, cancellationToken);
}
