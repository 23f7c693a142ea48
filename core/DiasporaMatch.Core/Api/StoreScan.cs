using System.Runtime.CompilerServices;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Api;

/// <summary>Every document of a kind, page by page.</summary>
internal static class StoreScan
{
    public static async IAsyncEnumerable<StoredDocument> AllAsync(IDocumentStore store, string kind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? cursor = null;
        do
        {
            var page = await store.ListAsync(kind, cursor, 500, cancellationToken);
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
