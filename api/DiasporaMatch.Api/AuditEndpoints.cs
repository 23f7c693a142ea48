using DiasporaMatch.Access;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>
/// Staff read the audit trail of one record (<c>GET /api/audit?subject=ID</c>, oldest first) or the newest events
/// of the whole log (<c>GET /api/audit/recent?limit=N</c>, newest first).
/// </summary>
internal static class AuditEndpoints
{
    public static async Task<IResult> ForSubjectAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ReadAudit, Ownership.None) is { } denied)
        {
            return denied;
        }

        var subject = request.Query("subject") ?? "";
        if (Guard.Id(subject, "subject") is { } bad)
        {
            return bad;
        }

        var events = await request.Services.Workspace.Audit.ForSubjectAsync(subject, request.Aborted);
        return Results.Ok(new Contracts.AuditTrail(subject, events));
    }

    public static async Task<IResult> RecentAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ReadAudit, Ownership.None) is { } denied)
        {
            return denied;
        }

        var (limit, _, problem) = Guard.Paging(request);
        if (problem is not null)
        {
            return problem;
        }

        var events = await request.Services.Workspace.Audit.RecentAsync(limit, request.Aborted);
        return Results.Ok(new Contracts.RecentAudit(limit, events));
    }
}
