using DiasporaMatch.Decisions;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Records;
using DiasporaMatch.Search;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Privacy;

/// <summary>
/// Erases an expert everywhere the service keeps them: the profile, the decisions about them (the training
/// rows: no later training run sees them), the feature logs, the search index (deleted documents are merged
/// away, not just marked) and the id in the store's change log.
/// </summary>
public sealed class ErasureService(FileDocumentStore store, MatchService matches)
{
    public async Task<ErasureReport> EraseAsync(string expertId, CancellationToken cancellationToken = default)
    {
        StoreNames.Check(RecordKind.Profiles, expertId);
        var decisions = 0;
        string? cursor = null;
        do
        {
            var page = await store.ListAsync(RecordKind.Decisions, cursor, 1000, cancellationToken);
            foreach (var id in page.Ids)
            {
                var document = await store.GetAsync(RecordKind.Decisions, id, cancellationToken);
                if (document is not null && RecordTypes.Read<Decision>(document.Json).ExpertId == expertId
                    && await store.DeleteAsync(RecordKind.Decisions, id, document.Version, cancellationToken))
                {
                    decisions++;
                }
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);

        var found = await store.DeleteAsync(RecordKind.Profiles, expertId, cancellationToken: cancellationToken);
        var logged = matches.FeatureLog is { } log ? await log.EraseAsync(expertId, cancellationToken) : 0;

        // Apply the deletes to the index first: after the change log forgets the id, nothing could.
        await matches.Indexer.CatchUpAsync(cancellationToken);
        matches.Indexes.Profiles.ExpungeDeletes();
        var redacted = await store.RedactChangesAsync(RecordKind.Profiles, expertId);
        return new ErasureReport(found, decisions, logged, redacted);
    }
}
