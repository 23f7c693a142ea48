using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Audit;

/// <summary>
/// Append-only audit trail in the document store: one document per event, only ever created. The id starts with
/// a hash of the subject id, so one subject's events sit together in the store's id order and a query by subject
/// reads that range, not the whole log; ticks and a counter follow, so ids sort by time (and by append order
/// within one tick).
/// </summary>
public sealed class AuditLog(IDocumentStore store, TimeProvider time)
{
    public const string Kind = "audit";
    private const int PageSize = 500;
    private const int CreateAttempts = 8;
    private long _sequence;

    public async Task<AuditEvent> AppendAsync(
        Caller? who,
        string action,
        string subjectKind,
        string subjectId,
        string? before,
        string? after,
        CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var at = time.GetUtcNow();
            var sequence = Interlocked.Increment(ref _sequence) % 1_000_000;
            var entry = new AuditEvent
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"{PrefixOf(subjectId)}{at.UtcTicks:D19}.{sequence:D6}{Random.Shared.Next(0x10000):x4}"),
                At = at,
                Role = who?.Role.ToString().ToLowerInvariant() ?? "system",
                By = who?.Subject ?? "system",
                Action = action,
                SubjectKind = subjectKind,
                SubjectId = subjectId,
                Before = before,
                After = after,
            };

            try
            {
                await store.CreateAsync(Kind, entry.Id, JsonSerializer.SerializeToUtf8Bytes(entry, RecordJson.Options), cancellationToken);
                return entry;
            }
            catch (DocumentConflictException) when (attempt < CreateAttempts)
            {
                // another process took the same tick, counter and tail: draw again (never overwrite an event)
            }
        }
    }

    /// <summary>Every event about <paramref name="subjectId"/>, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEvent>> ForSubjectAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        var prefix = PrefixOf(subjectId);
        var events = new List<AuditEvent>();
        var cursor = prefix;
        while (true)
        {
            var page = await store.ListAsync(Kind, cursor, PageSize, cancellationToken);
            foreach (var id in page.Ids)
            {
                if (!id.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return events;
                }

                // The prefix is a hash: another subject may share it, so the stored subject id decides.
                var document = await store.GetAsync(Kind, id, cancellationToken);
                if (document is not null && RecordTypes.Read<AuditEvent>(document.Json) is { } entry && entry.SubjectId == subjectId)
                {
                    events.Add(entry);
                }
            }

            if (page.NextCursor is null)
            {
                return events;
            }

            cursor = page.NextCursor;
        }
    }

    /// <summary>
    /// The newest <paramref name="limit"/> events of the whole log that <paramref name="keep"/> keeps (all when
    /// null), newest first. Ids group events by subject, not time, so this reads every event once and keeps only the
    /// newest in a small heap: fine for a staff page, not for a hot path.
    /// </summary>
    public async Task<IReadOnlyList<AuditEvent>> RecentAsync(int limit, Func<AuditEvent, bool>? keep = null, CancellationToken cancellationToken = default)
    {
        var newest = new PriorityQueue<AuditEvent, (DateTimeOffset, string)>();
        await foreach (var document in store.ScanAsync(Kind, cancellationToken))
        {
            var entry = RecordTypes.Read<AuditEvent>(document.Json);
            if (keep is not null && !keep(entry))
            {
                continue;
            }

            newest.Enqueue(entry, (entry.At, entry.Id));
            if (newest.Count > limit)
            {
                newest.Dequeue();
            }
        }

        var events = new List<AuditEvent>(newest.Count);
        while (newest.TryDequeue(out var entry, out _))
        {
            events.Add(entry);
        }

        events.Reverse();
        return events;
    }

    /// <summary>16 hex digits of the subject id's hash and a dot: a valid id start whatever the subject id holds.</summary>
    internal static string PrefixOf(string subjectId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subjectId)).AsSpan(0, 8)) + ".";
}
