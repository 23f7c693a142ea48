namespace DiasporaMatch.Storage;

/// <summary>
/// Writes a document someone owns alone (their preferences, their saved filters) whatever is stored: created or
/// replaced, a save that lost a race (another tab of theirs) read again and written over, since it is the newer.
/// </summary>
internal static class LastWriteWins
{
    public static async Task PutAsync(this IDocumentStore store, string kind, string id, ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                _ = await store.GetAsync(kind, id, cancellationToken) is { } existing
                    ? await store.ReplaceAsync(kind, id, json, existing.Version, cancellationToken)
                    : await store.CreateAsync(kind, id, json, cancellationToken);
                return;
            }
            catch (DocumentConflictException) when (attempt < Backoff.MaxAttempts)
            {
                await Backoff.DelayAsync(attempt, cancellationToken);
            }
        }
    }
}
