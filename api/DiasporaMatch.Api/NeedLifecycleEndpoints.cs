using System.Text.Json;
using System.Text.Json.Nodes;
using DiasporaMatch.Access;
using DiasporaMatch.Needs;
using DiasporaMatch.Records;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>A need's lifecycle move (<see cref="NeedLifecycle"/>): the need's organisation or staff, a conditional write, audited.</summary>
internal static class NeedLifecycleEndpoints
{
    public static async Task<IResult> MoveAsync(ApiRequest request)
    {
        var id = request.RouteValue("id");
        if (Guard.Id(id) is { } bad)
        {
            return bad;
        }

        if (request.Caller is null)
        {
            return Problems.Unauthorized();
        }

        var current = await request.Services.Store.GetAsync(RecordKind.Needs, id, request.Aborted);
        var record = current is null ? default : ItemWrites.Parse(current.Json);
        if (Guard.Access(request, ApiAction.UpdateItem, current is null ? Ownership.Other : ItemEndpoints.OrganisationOf(request.Caller, record)) is { } denied)
        {
            return denied;
        }

        var (body, problem) = await JsonBody.ReadAsync(request.Http.Request, request.Services.Options.MaxRecordBytes, request.Aborted);
        if (problem is not null)
        {
            return problem;
        }

        var to = body.ValueKind == JsonValueKind.Object ? ItemWrites.StringField(body, "status") : null;
        if (to is null || !NeedLifecycle.Moves.Contains(to))
        {
            return Problems.Validation([new FieldError("status", $"must be one of {string.Join(", ", NeedLifecycle.Moves)}") { Code = "notInList", Args = new Dictionary<string, string>(StringComparer.Ordinal) { ["value"] = to ?? "" } }]);
        }

        if (current is null)
        {
            return Problems.NotFound($"needs/{id}");
        }

        if (!RecordResults.TryRequiredIfMatch(request.Http.Request, current.Version, out var expected, out var preconditionProblem))
        {
            return preconditionProblem;
        }

        var stored = ItemWrites.StringField(record, "status");
        if (NeedLifecycle.Refusal(stored, to) is { } refusal)
        {
            return Problems.Status(StatusCodes.Status409Conflict, "Not allowed in this state", refusal);
        }

        var changed = JsonObject.Create(record)!;
        changed["status"] = to;
        var outcome = await request.Services.Records.ReplaceAsync(RecordKind.Needs, id, JsonSerializer.SerializeToElement(changed), expected, request.Aborted);
        if (outcome.Succeeded)
        {
            await request.Services.IndexChangesAsync(request.Aborted);
            await request.Services.AuditAsync(request.Caller, RecordKind.Needs, "status", id, $"status {stored ?? NeedLifecycle.Open}", $"status {to}", request.Aborted);
        }

        return RecordResults.Written(request.Http, RecordKind.Needs, outcome);
    }
}
