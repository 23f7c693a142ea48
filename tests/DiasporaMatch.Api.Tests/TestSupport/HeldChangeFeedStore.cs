using DiasporaMatch.Storage;

namespace DiasporaMatch.Api.TestSupport;

/// <summary>
/// The real file store whose change feed answers only once the test releases it: start-up work (index catch-up)
/// stays in progress for as long as a test needs to look at a host that is not ready yet.
/// </summary>
internal sealed class HeldChangeFeedStore(FileDocumentStore inner) : IDocumentStore, IAsyncDisposable
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _released.TrySetResult();

    public Task<StoredDocument?> GetAsync(string kind, string id, CancellationToken cancellationToken = default) => inner.GetAsync(kind, id, cancellationToken);

    public Task<StoredDocument> CreateAsync(string kind, string id, ReadOnlyMemory<byte> json, CancellationToken cancellationToken = default) => inner.CreateAsync(kind, id, json, cancellationToken);

    public Task<StoredDocument> ReplaceAsync(string kind, string id, ReadOnlyMemory<byte> json, string expectedVersion, CancellationToken cancellationToken = default) =>
        inner.ReplaceAsync(kind, id, json, expectedVersion, cancellationToken);

    public Task<bool> DeleteAsync(string kind, string id, string? expectedVersion = null, CancellationToken cancellationToken = default) => inner.DeleteAsync(kind, id, expectedVersion, cancellationToken);

    public Task<DocumentPage> ListAsync(string kind, string? cursor, int limit, CancellationToken cancellationToken = default) => inner.ListAsync(kind, cursor, limit, cancellationToken);

    public Task<IReadOnlyList<string>> ListIdsAsync(string kind, CancellationToken cancellationToken = default) => inner.ListIdsAsync(kind, cancellationToken);

    public async Task<IReadOnlyList<DocumentChange>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        await _released.Task.WaitAsync(cancellationToken);
        return await inner.ReadChangesAsync(afterSequence, limit, cancellationToken);
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
