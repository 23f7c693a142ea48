using DiasporaMatch.Access;
using DiasporaMatch.Duplicates;
using DiasporaMatch.Merging;
using DiasporaMatch.Records;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>
/// What staff do with a probable duplicate: merge it into the profile in the address, or mark the two as different
/// people. Every check comes before the first write, so a refused request changes nothing.
/// </summary>
internal static class DuplicateEndpoints
{
    private static readonly string[] MergeFields = ["from"];
    private static readonly string[] DistinctFields = ["other"];

    /// <summary>POST /api/profiles/{id}/merge {"from"}: the address's profile stays (If-Match), <c>from</c> follows it and is erased.</summary>
    public static async Task<IResult> MergeAsync(ApiRequest request)
    {
        var (id, other, refused) = await PairAsync(request, MergeFields, "a profile cannot be merged into itself");
        if (refused is not null)
        {
            return refused;
        }

        var survivor = await request.Services.Store.GetAsync(RecordKind.Profiles, id, request.Aborted);
        if (survivor is null || await request.Services.Store.GetAsync(RecordKind.Profiles, other, request.Aborted) is null)
        {
            return Problems.NotFound($"profiles/{(survivor is null ? id : other)}");
        }

        if (!RecordResults.TryRequiredIfMatch(request.Http.Request, survivor.Version, out var expected, out var preconditionProblem, "your last read of the profile that stays"))
        {
            return preconditionProblem;
        }

        var report = await request.Services.Merger.MergeAsync(id, other, expected, request.Caller!, request.Aborted);
        switch (report.Outcome)
        {
            case MergeOutcome.Merged:
                break;
            case MergeOutcome.Conflict:
                return Problems.Status(StatusCodes.Status409Conflict, "Would double-book", report.Reason);
            case MergeOutcome.Stale:
                return Problems.Status(StatusCodes.Status412PreconditionFailed, "Stale version", report.Reason);
            case MergeOutcome.NotFound:
                return Problems.Status(StatusCodes.Status404NotFound, "Not found", report.Reason);
            default:
                return Problems.Validation([new FieldError("from", report.Reason!)]);
        }

        // The merged-away id is gone: tokens issued for it stop working, as after its erasure.
        await request.Services.Revocations.RevokeAsync(other, request.Aborted);
        await request.Services.IndexChangesAsync(request.Aborted);
        request.Http.Response.Headers.ETag = $"\"{report.Version}\"";
        return Results.Ok(new Contracts.MergeResult(id, report.Version!, report.Tombstone!, report.Decisions, report.Assignments, report.Interests, report.Notifications));
    }

    /// <summary>POST /api/profiles/{id}/distinct {"other"}: the pair is no longer flagged by duplicate detection; said again, the first stands.</summary>
    public static async Task<IResult> DistinctAsync(ApiRequest request)
    {
        var (id, other, refused) = await PairAsync(request, DistinctFields, "a profile is always the same person as itself");
        if (refused is not null)
        {
            return refused;
        }

        foreach (var profile in new[] { id, other })
        {
            if (await request.Services.Store.GetAsync(RecordKind.Profiles, profile, request.Aborted) is null)
            {
                return Problems.NotFound($"profiles/{profile}");
            }
        }

        var (pair, created) = await new DistinctProfiles(request.Services.Store).MarkAsync(id, other, request.Caller!.Subject, request.Services.Workspace.Time.GetUtcNow(), request.Aborted);
        if (created)
        {
            await request.Services.AuditAsync(request.Caller, RecordKind.Profiles, "distinct", id, null, $"not the same person as {other}", request.Aborted);
        }

        return Results.Ok(new Contracts.DistinctResult(pair.Experts, pair.At, created));
    }

    /// <summary>The address's id and the body's other id, both well formed and different, once the caller is staff.</summary>
    private static async Task<(string Id, string Other, IResult? Problem)> PairAsync(ApiRequest request, string[] fields, string sameMessage)
    {
        var id = request.RouteValue("id");
        if ((Guard.Id(id) ?? Guard.Access(request, ApiAction.ManageDuplicates, Ownership.Other)) is { } refused)
        {
            return (id, "", refused);
        }

        var (body, problem) = await BodyFields.ReadObjectAsync(request, fields);
        if (problem is not null)
        {
            return (id, "", problem);
        }

        var field = fields[0];
        var errors = new List<FieldError>();
        var other = BodyFields.RequiredString(body, field, errors);
        if (other is not null && TextChecks.CheckId(other) is { } invalid)
        {
            errors.Add(new FieldError(field, invalid));
        }
        else if (other == id)
        {
            errors.Add(new FieldError(field, sameMessage));
        }

        return errors.Count > 0 ? (id, "", Problems.Validation(errors)) : (id, other!, null);
    }
}
