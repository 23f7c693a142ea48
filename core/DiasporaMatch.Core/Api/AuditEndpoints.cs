using DiasporaMatch.Access;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>Staff read the audit trail of one record: <c>GET /api/audit?subject=ID</c>, oldest first.</summary>
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
        return Results.Ok(new { subject, events });
    }
}
