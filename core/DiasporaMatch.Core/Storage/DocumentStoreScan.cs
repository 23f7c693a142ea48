using System.Runtime.CompilerServices;

namespace DiasporaMatch.Storage;

public static class DocumentStoreScan
{
    /// <summary>Every document of a kind in id order; one listing, one read per document, only the ids held.</summary>
    public static async IAsyncEnumerable<StoredDocument> ScanAsync(this IDocumentStore store, string kind, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var id in await store.ListIdsAsync(kind, cancellationToken))
        {
            if (await store.GetAsync(kind, id, cancellationToken) is { } document)
            {
                yield return document;
            }
        }
    }
}
