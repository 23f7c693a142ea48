using System.Runtime.CompilerServices;

namespace DiasporaMatch.Storage;

public static class DocumentStoreScan
{
    /// <summary>Every document of a kind, page by page in id order; one read per document, nothing held.</summary>
    public static async IAsyncEnumerable<StoredDocument> ScanAsync(this IDocumentStore store, string kind, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? cursor = null;
        do
        {
            var page = await store.ListAsync(kind, cursor, 1000, cancellationToken);
            foreach (var id in page.Ids)
            {
                if (await store.GetAsync(kind, id, cancellationToken) is { } document)
                {
                    yield return document;
                }
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }
}
