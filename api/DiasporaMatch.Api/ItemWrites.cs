using System.Text.Json;
using System.Text.Json.Nodes;
using DiasporaMatch.Access;
using DiasporaMatch.Records;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>The create / read / replace / delete flow shared by every record kind; kinds differ only in who owns what.</summary>
internal static class ItemWrites
{
    public delegate Ownership OwnershipOf(Caller? caller, JsonElement record);

    public static async Task<IResult> CreateAsync(
        ApiRequest request,
        string kind,
        ApiAction action,
        OwnershipOf ownership,
        Func<Caller?, JsonElement, JsonElement>? prepare = null,
        Func<WriteOutcome, Task>? afterCreate = null,
        Func<WriteOutcome, Task<object>>? receipt = null)
    {
        // Authentication before the body: an anonymous caller never gets 256 KB read on its behalf.
        if (request.Caller is null)
        {
            return Problems.Unauthorized();
        }

        var (body, problem) = await JsonBody.ReadAsync(request.Http.Request, request.Services.Options.MaxRecordBytes, request.Aborted);
        if (problem is not null)
        {
            return problem;
        }

        body = prepare?.Invoke(request.Caller, body) ?? body;
        var denied = Guard.Access(request, action, body.ValueKind == JsonValueKind.Object ? ownership(request.Caller, body) : Ownership.Other);
        if (denied is not null)
        {
            return denied;
        }

        var outcome = await request.Services.Records.CreateAsync(kind, body, request.Aborted);
        await IndexIfWritten(request, outcome);
        if (outcome.Succeeded)
        {
            await request.Services.AuditAsync(request.Caller, kind, "create", outcome.Id!, null, $"version {outcome.Version}", request.Aborted);
        }

        if (outcome.Succeeded && afterCreate is not null)
        {
            await afterCreate(outcome);
        }

        return outcome.Status == WriteStatus.Created && receipt is not null
            ? RecordResults.Created(request.Http, kind, outcome, await receipt(outcome))
            : RecordResults.Written(request.Http, kind, outcome);
    }

    public static async Task<IResult> ReplaceAsync(ApiRequest request, string kind, ApiAction action, OwnershipOf ownership)
    {
        var id = request.RouteValue("id");
        if (Guard.Id(id) is { } badId)
        {
            return badId;
        }

        if (request.Caller is null)
        {
            return Problems.Unauthorized();
        }

        // Access before the body: a caller who may not write this record never gets it read.
        var current = await request.Services.Store.GetAsync(kind, id, request.Aborted);
        var denied = Guard.Access(request, action, current is null ? Ownership.Other : ownership(request.Caller, Parse(current.Json)));
        if (denied is not null)
        {
            return denied;
        }

        var (body, problem) = await JsonBody.ReadAsync(request.Http.Request, request.Services.Options.MaxRecordBytes, request.Aborted);
        if (problem is not null)
        {
            return problem;
        }

        // Moving an item to another organisation is a new ownership decision too.
        if (body.ValueKind == JsonValueKind.Object && ownership(request.Caller, body) != Ownership.Own && Guard.Access(request, action, Ownership.Other) is { } movedAway)
        {
            return movedAway;
        }

        if (current is null)
        {
            return Problems.NotFound($"{kind}/{id}");
        }

        if (!RecordResults.TryRequiredIfMatch(request.Http.Request, current.Version, out var expected, out var preconditionProblem))
        {
            return preconditionProblem;
        }

        var outcome = await request.Services.Records.ReplaceAsync(kind, id, body, expected, request.Aborted);
        await IndexIfWritten(request, outcome);
        if (outcome.Succeeded)
        {
            await request.Services.AuditAsync(request.Caller, kind, "replace", id, $"version {expected}", $"version {outcome.Version}", request.Aborted);
        }

        return RecordResults.Written(request.Http, kind, outcome);
    }

    public static async Task<IResult> DeleteAsync(ApiRequest request, string kind, ApiAction action, OwnershipOf ownership)
    {
        var id = request.RouteValue("id");
        if (Guard.Id(id) is { } badId)
        {
            return badId;
        }

        var current = await request.Services.Store.GetAsync(kind, id, request.Aborted);
        var denied = Guard.Access(request, action, current is null ? Ownership.Other : ownership(request.Caller, Parse(current.Json)));
        if (denied is not null)
        {
            return denied;
        }

        if (current is null)
        {
            return Problems.NotFound($"{kind}/{id}");
        }

        var (expected, preconditionProblem) = RecordResults.IfMatch(request.Http.Request, current.Version);
        if (preconditionProblem is not null)
        {
            return preconditionProblem;
        }

        try
        {
            await request.Services.Store.DeleteAsync(kind, id, expected, request.Aborted);
        }
        catch (Storage.DocumentConflictException)
        {
            return Problems.Status(StatusCodes.Status412PreconditionFailed, "Stale version", "the record changed since it was read");
        }

        await request.Services.IndexChangesAsync(request.Aborted);
        await request.Services.AuditAsync(request.Caller, kind, "delete", id, $"version {current.Version}", "deleted", request.Aborted);
        return Results.NoContent();
    }

    public static JsonElement Parse(ReadOnlyMemory<byte> json) => JsonDocument.Parse(json).RootElement.Clone();

    public static string? StringField(JsonElement record, string name) => SafeJson.GetStringOrNull(record, name);

    public static JsonElement WithId(JsonElement record, string id)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return record;
        }

        var node = JsonObject.Create(record)!;
        node["id"] ??= id;
        return JsonSerializer.SerializeToElement(node);
    }

    private static async Task IndexIfWritten(ApiRequest request, WriteOutcome outcome)
    {
        if (outcome.Succeeded)
        {
            await request.Services.IndexChangesAsync(request.Aborted);
        }
    }
}
