using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Privacy;

/// <summary>
/// Profiles untouched for N years, from the store's change feed (the last write of each profile), so staff can
/// ask the expert to confirm or erase. Works on every store, since every store has the feed.
/// </summary>
public sealed class RetentionReport(IDocumentStore store, TimeProvider time)
{
    public async Task<IReadOnlyList<StaleProfile>> FindAsync(int years, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        var cutoff = time.GetUtcNow().AddYears(-years);
        var lastChanged = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        long cursor = 0;
        while (true)
        {
            var changes = await store.ReadChangesAsync(cursor, 5000, cancellationToken);
            if (changes.Count == 0)
            {
                break;
            }

            foreach (var change in changes.Where(c => c.Kind == RecordKind.Profiles))
            {
                if (change.Operation == ChangeOperation.Delete)
                {
                    lastChanged.Remove(change.Id);
                }
                else
                {
                    lastChanged[change.Id] = change.At;
                }
            }

            cursor = changes[^1].Sequence;
        }

        return [.. lastChanged.Where(kv => kv.Value < cutoff).Select(kv => new StaleProfile(kv.Key, kv.Value)).OrderBy(p => p.Id, StringComparer.Ordinal)];
    }
}
