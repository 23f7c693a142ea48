using System.Text.Json;
using DiasporaMatch.Storage;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Records;

/// <summary>
/// The one write path for records, used by HTTP, bulk import and the CLI: validate every field, check that
/// referenced records exist, assign an id when none is given, store canonically with a conditional write.
/// </summary>
public sealed class RecordService(IDocumentStore store, RecordValidator validator, IdGenerator ids)
{
    private const int UpsertAttempts = 8;

    public IDocumentStore Store => store;

    public async Task<WriteOutcome> CreateAsync(string kind, JsonElement record, CancellationToken cancellationToken = default)
    {
        var (id, errors) = await CheckAsync(kind, record, cancellationToken);
        if (errors.Count > 0)
        {
            return WriteOutcome.Rejected(WriteStatus.Invalid, id, [.. errors]);
        }

        id ??= ids.Next(kind);
        try
        {
            var stored = await store.CreateAsync(kind, id, RecordTypes.Canonicalise(kind, record, id), cancellationToken);
            return new WriteOutcome(WriteStatus.Created, id, stored.Version, []);
        }
        catch (DocumentConflictException)
        {
            return WriteOutcome.Rejected(WriteStatus.AlreadyExists, id, new FieldError("id", $"{kind}/{id} exists already; update it with PUT and If-Match"));
        }
    }

    public async Task<WriteOutcome> ReplaceAsync(string kind, string id, JsonElement record, string expectedVersion, CancellationToken cancellationToken = default)
    {
        var (bodyId, errors) = await CheckAsync(kind, record, cancellationToken);
        if (bodyId is not null && bodyId != id)
        {
            errors.Add(new FieldError("id", $"\"{TextChecks.Shorten(bodyId)}\" does not match the id in the address ({id})"));
        }

        if (errors.Count > 0)
        {
            return WriteOutcome.Rejected(WriteStatus.Invalid, id, [.. errors]);
        }

        try
        {
            var stored = await store.ReplaceAsync(kind, id, RecordTypes.Canonicalise(kind, record, id), expectedVersion, cancellationToken);
            return new WriteOutcome(WriteStatus.Updated, id, stored.Version, []);
        }
        catch (DocumentConflictException)
        {
            var exists = await store.GetAsync(kind, id, cancellationToken) is not null;
            return exists
                ? WriteOutcome.Rejected(WriteStatus.VersionMismatch, id, new FieldError("If-Match", "the record changed since it was read; read it again"))
                : WriteOutcome.Rejected(WriteStatus.NotFound, id, new FieldError("id", $"{kind}/{id} does not exist"));
        }
    }

    /// <summary>Create or update by id (bulk re-imports of the same id update it); retries lost races.</summary>
    public async Task<WriteOutcome> UpsertAsync(string kind, JsonElement record, CancellationToken cancellationToken = default)
    {
        var (id, errors) = await CheckAsync(kind, record, cancellationToken);
        if (errors.Count > 0)
        {
            return WriteOutcome.Rejected(WriteStatus.Invalid, id, [.. errors]);
        }

        id ??= ids.Next(kind);
        var json = RecordTypes.Canonicalise(kind, record, id);
        for (var attempt = 0; attempt < UpsertAttempts; attempt++)
        {
            var current = await store.GetAsync(kind, id, cancellationToken);
            try
            {
                var stored = current is null
                    ? await store.CreateAsync(kind, id, json, cancellationToken)
                    : await store.ReplaceAsync(kind, id, json, current.Version, cancellationToken);
                return new WriteOutcome(current is null ? WriteStatus.Created : WriteStatus.Updated, id, stored.Version, []);
            }
            catch (DocumentConflictException)
            {
                // another writer got there first: read again
            }
        }

        return WriteOutcome.Rejected(WriteStatus.VersionMismatch, id, new FieldError("id", $"{kind}/{id} kept changing under {UpsertAttempts} attempts"));
    }

    private async Task<(string? Id, List<FieldError> Errors)> CheckAsync(string kind, JsonElement record, CancellationToken cancellationToken)
    {
        var result = validator.Validate(kind, record);
        var errors = result.Errors.ToList();
        var id = SafeJson.GetStringOrNull(record, "id");

        if (errors.Count == 0)
        {
            foreach (var (field, targetKind) in References(kind))
            {
                var target = record.GetProperty(field).GetString()!;
                if (await store.GetAsync(targetKind, target, cancellationToken) is null)
                {
                    errors.Add(new FieldError(field, $"{targetKind}/{target} does not exist"));
                }
            }
        }

        return (id, errors);
    }

    private static IEnumerable<(string Field, string Kind)> References(string kind) => kind switch
    {
        RecordKind.Needs or RecordKind.Opportunities => [("organisationId", RecordKind.Organisations)],
        RecordKind.Decisions => [("needId", RecordKind.Needs), ("expertId", RecordKind.Profiles)],
        _ => [],
    };
}
