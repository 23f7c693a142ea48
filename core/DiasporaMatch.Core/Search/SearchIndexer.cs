using System.Text.Json;
using DiasporaMatch.Facts;
using DiasporaMatch.Needs;
using DiasporaMatch.Opportunities;
using DiasporaMatch.Profiles;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiasporaMatch.Search;

/// <summary>
/// Keeps the indexes in step with the store by applying its change feed: an upsert re-reads the document (so
/// replaying a change is harmless), a delete removes it. A pass commits with the last sequence it applied, every
/// <see cref="CommitEvery"/> changes and at its end, so a restart resumes exactly where the last commit ended. One pass
/// runs at a time.
/// </summary>
public sealed class SearchIndexer(IDocumentStore store, SearchIndexes indexes, FactsBuilder facts, ILogger<SearchIndexer>? logger = null) : IDisposable
{
    private readonly ILogger _logger = logger ?? NullLogger<SearchIndexer>.Instance;
    private const int BatchSize = 1000;

    /// <summary>
    /// Changes applied between commits in a long pass: each commit flushes a segment that merges must rewrite, and a
    /// bulk load committed every thousand spent a seventh of its indexing time on that. A crash redoes at most this many.
    /// </summary>
    private const int CommitEvery = 10_000;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public static IReadOnlyList<string> IndexedKinds { get; } = [RecordKind.Profiles, RecordKind.Needs, RecordKind.Opportunities];

    /// <summary>Applies every change after the committed cursor.</summary>
    public Task<IndexingReport> CatchUpAsync(CancellationToken cancellationToken = default) => CatchUpAsync(null, cancellationToken);

    /// <summary>Applies every change after the committed cursor, telling <paramref name="progress"/> after each committed batch.</summary>
    public async Task<IndexingReport> CatchUpAsync(IProgress<IndexingProgress>? progress, CancellationToken cancellationToken = default)
    {
        EnsureWritable();
        await _gate.WaitAsync(cancellationToken);
        var from = indexes.Cursor;
        try
        {
            var report = await CatchUpLockedAsync(cancellationToken, progress);
            if (report.Cursor != from)
            {
                Log.CaughtUp(_logger, from, report.Cursor, report.Indexed, report.Removed, report.Unreadable);
            }

            return report;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The committed cursor stays where the last good batch ended: the next pass resumes there.
            Log.CatchUpFailed(_logger, ex, indexes.Cursor);
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Empties the indexes and reindexes every document in the store. The feed's end is read first: changes
    /// racing with the listing are replayed afterwards, which is safe because replays re-read documents.
    /// </summary>
    public async Task<IndexingReport> RebuildAsync(CancellationToken cancellationToken = default)
    {
        EnsureWritable();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await RebuildLockedAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// How far the committed indexes are from the store's change log, read without changing anything (what a
    /// read-only reader tells its user): changes to indexed records not applied yet, or an index ahead of the log.
    /// </summary>
    public async Task<IndexLag> LagAsync(CancellationToken cancellationToken = default)
    {
        var newest = Math.Max(indexes.Profiles.Cursor, Math.Max(indexes.Needs.Cursor, indexes.Opportunities.Cursor));
        if (newest > 0 && !await FeedHasAsync(newest, cancellationToken))
        {
            return new IndexLag(0, Ahead: true);
        }

        var behind = 0L;
        var cursor = indexes.Cursor;
        while (true)
        {
            var changes = await store.ReadChangesAsync(cursor, BatchSize, cancellationToken);
            if (changes.Count == 0)
            {
                return new IndexLag(behind, Ahead: false);
            }

            behind += changes.Count(c => IndexedKinds.Contains(c.Kind));
            cursor = changes[^1].Sequence;
        }
    }

    private void EnsureWritable()
    {
        if (indexes.ReadOnly)
        {
            throw new InvalidOperationException("the indexes are open read-only: only the process that writes the data folder catches them up");
        }
    }

    private async Task<IndexingReport> RebuildLockedAsync(CancellationToken cancellationToken)
    {
        var cursor = await FeedEndAsync(0, cancellationToken);
        indexes.Profiles.DeleteAll();
        indexes.Needs.DeleteAll();
        indexes.Opportunities.DeleteAll();
        var indexed = 0;
        var unreadable = 0;
        foreach (var kind in IndexedKinds)
        {
            await Parallel.ForEachAsync(
                await store.ListIdsAsync(kind, cancellationToken),
                new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
                async (id, ct) =>
                {
                    var outcome = await IndexOneAsync(kind, id, ct);
                    if (outcome == Outcome.Indexed)
                    {
                        Interlocked.Increment(ref indexed);
                    }
                    else if (outcome == Outcome.Unreadable)
                    {
                        Interlocked.Increment(ref unreadable);
                    }
                });
        }

        indexes.Commit(cursor);
        var after = await CatchUpLockedAsync(cancellationToken);
        return new IndexingReport(indexed + after.Indexed, after.Removed, unreadable + after.Unreadable, after.Cursor);
    }

    private async Task<IndexingReport> CatchUpLockedAsync(CancellationToken cancellationToken, IProgress<IndexingProgress>? progress = null)
    {
        if (indexes.Outdated)
        {
            // Documents built before a field was added would never match on it: build them all again, once.
            Log.RebuildingForLayout(_logger, IndexFields.Layout);
            return await RebuildLockedAsync(cancellationToken);
        }

        var cursor = indexes.Cursor;
        var newest = Math.Max(indexes.Profiles.Cursor, Math.Max(indexes.Needs.Cursor, indexes.Opportunities.Cursor));
        if (newest > 0 && !await FeedHasAsync(newest, cancellationToken))
        {
            // The index has applied changes the log no longer holds (a log restored from a backup, or cut): resuming
            // from the cursor would skip every write until the log grows past it, so start again from the store.
            Log.RebuildingFromStore(_logger, newest);
            return await RebuildLockedAsync(cancellationToken);
        }

        int indexed = 0, removed = 0, unreadable = 0;
        var from = cursor;
        var committed = cursor;
        var target = progress is null ? 0 : await FeedEndAsync(cursor, cancellationToken); // read only for the progress bar
        while (true)
        {
            var changes = await store.ReadChangesAsync(cursor, BatchSize, cancellationToken);
            if (changes.Count == 0)
            {
                if (cursor != committed)
                {
                    Commit(cursor, indexed, removed);
                }

                return new IndexingReport(indexed, removed, unreadable, cursor);
            }

            if (changes.FirstOrDefault(c => c.Kind == DocumentChange.LostKind) is { } lost)
            {
                Log.RebuildingForLostChange(_logger, lost.Sequence);
                return await RebuildLockedAsync(cancellationToken);
            }

            // A record's last change in the batch decides (an upsert re-reads the document as it is now), so
            // distinct records can be indexed in parallel, as a rebuild does, without reordering one record's changes.
            var last = new Dictionary<(string Kind, string Id), ChangeOperation>();
            foreach (var change in changes.Where(c => IndexedKinds.Contains(c.Kind)))
            {
                last[(change.Kind, change.Id)] = change.Operation;
            }

            await Parallel.ForEachAsync(
                last,
                new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
                async (entry, ct) =>
                {
                    var outcome = entry.Value == ChangeOperation.Delete
                        ? Remove(entry.Key.Kind, entry.Key.Id)
                        : await IndexOneAsync(entry.Key.Kind, entry.Key.Id, ct);
                    switch (outcome)
                    {
                        case Outcome.Indexed: Interlocked.Increment(ref indexed); break;
                        case Outcome.Removed: Interlocked.Increment(ref removed); break;
                        case Outcome.Unreadable: Interlocked.Increment(ref unreadable); break;
                    }
                });

            cursor = changes[^1].Sequence;
            if (cursor - committed >= CommitEvery)
            {
                Commit(cursor, indexed, removed);
                committed = cursor;
            }

            progress?.Report(new IndexingProgress(cursor - from, Math.Max(target, cursor) - from, indexed));
        }
    }

    private void Commit(long cursor, int indexed, int removed)
    {
        indexes.Commit(cursor);
        Log.BatchCommitted(_logger, cursor, indexed, removed);
    }

    private async Task<Outcome> IndexOneAsync(string kind, string id, CancellationToken cancellationToken)
    {
        var document = await store.GetAsync(kind, id, cancellationToken);
        if (document is null)
        {
            return Remove(kind, id); // deleted since the change was logged; its delete entry follows
        }

        try
        {
            Index(kind, document.Json, document.Version);
            return Outcome.Indexed;
        }
        catch (JsonException)
        {
            // A document the record types cannot read must not stall the feed; it stays out of the index.
            Remove(kind, id);
            return Outcome.Unreadable;
        }
    }

    private void Index(string kind, ReadOnlyMemory<byte> json, string version)
    {
        switch (kind)
        {
            case RecordKind.Profiles:
                IndexProfile(RecordTypes.Read<ExpertProfile>(json), version);
                break;
            case RecordKind.Needs:
                IndexNeed(RecordTypes.Read<Need>(json), version);
                break;
            case RecordKind.Opportunities:
                IndexOpportunity(RecordTypes.Read<Opportunity>(json));
                break;
        }
    }

    /// <summary>
    /// Indexes one profile directly (bulk loaders and benchmarks; no <paramref name="version"/>: not from the store);
    /// commit with the indexes.
    /// </summary>
    public void IndexProfile(ExpertProfile profile, string? version = null)
    {
        var terms = facts.Normaliser.ForProfile(profile);
        var fact = facts.ForProfile(profile, terms);
        indexes.Profiles.Upsert(profile.Id, SearchDocuments.Profile(profile, fact, terms, facts.LanguageTerms, version));
    }

    public void IndexNeed(Need need, string? version = null)
    {
        var terms = facts.Normaliser.ForNeed(need);
        indexes.Needs.Upsert(need.Id, SearchDocuments.Need(need, facts.ForNeed(need, terms), terms, version));
    }

    public void IndexOpportunity(Opportunity opportunity) =>
        indexes.Opportunities.Upsert(opportunity.Id, SearchDocuments.Opportunity(opportunity, FactsBuilder.ForOpportunity(opportunity)));

    private Outcome Remove(string kind, string id)
    {
        switch (kind)
        {
            case RecordKind.Profiles:
                indexes.Profiles.Delete(id);
                break;
            case RecordKind.Needs:
                indexes.Needs.Delete(id);
                break;
            case RecordKind.Opportunities:
                indexes.Opportunities.Delete(id);
                break;
        }

        return Outcome.Removed;
    }

    private async Task<bool> FeedHasAsync(long sequence, CancellationToken cancellationToken) =>
        (await store.ReadChangesAsync(sequence - 1, 1, cancellationToken)) is [{ } change] && change.Sequence == sequence;

    private async Task<long> FeedEndAsync(long cursor, CancellationToken cancellationToken)
    {
        while (true)
        {
            var changes = await store.ReadChangesAsync(cursor, 10_000, cancellationToken);
            if (changes.Count == 0)
            {
                return cursor;
            }

            cursor = changes[^1].Sequence;
        }
    }

    public void Dispose() => _gate.Dispose();

    private enum Outcome
    {
        Indexed,
        Removed,
        Unreadable,
    }
}
