namespace DiasporaMatch.Storage;

/// <summary>
/// Versioned JSON documents with conditional writes and a change feed. Two implementations (file system,
/// Azure Blob) pass the same contract suite; every write either fully happens or not at all.
/// </summary>
public interface IDocumentStore
{
    Task<StoredDocument?> GetAsync(string kind, string id, CancellationToken cancellationToken = default);

    /// <summary>Creates the document; throws <see cref="DocumentConflictException"/> when it exists.</summary>
    Task<StoredDocument> CreateAsync(string kind, string id, ReadOnlyMemory<byte> json, CancellationToken cancellationToken = default);

    /// <summary>Replaces the document only if it still has <paramref name="expectedVersion"/>; a stale write throws.</summary>
    Task<StoredDocument> ReplaceAsync(string kind, string id, ReadOnlyMemory<byte> json, string expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Deletes the document (only at <paramref name="expectedVersion"/> when given); false when it did not exist.</summary>
    Task<bool> DeleteAsync(string kind, string id, string? expectedVersion = null, CancellationToken cancellationToken = default);

    Task<DocumentPage> ListAsync(string kind, string? cursor, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every id of a kind, in id order, listed in one pass: for a whole scan, where paging with <see cref="ListAsync"/>
    /// would list the kind again for each page (the file store reads its whole folder each time).
    /// </summary>
    Task<IReadOnlyList<string>> ListIdsAsync(string kind, CancellationToken cancellationToken = default);

    /// <summary>Changes with a sequence above <paramref name="afterSequence"/>, oldest first; the last one's sequence is the next cursor.</summary>
    Task<IReadOnlyList<DocumentChange>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default);
}
