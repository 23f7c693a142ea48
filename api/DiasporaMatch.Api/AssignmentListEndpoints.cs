using DiasporaMatch.Access;
using DiasporaMatch.Assignments;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>
/// <c>GET /api/assignments?needId=&amp;expertId=</c>: the caller's assignments (staff: all, with overlapping-date
/// conflicts flagged). Experts see their proposals, institutions their organisation's, through the same route.
/// </summary>
internal static class AssignmentListEndpoints
{
    public static async Task<IResult> ListAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ListAssignments, Ownership.None) is { } denied)
        {
            return denied;
        }

        var needId = request.Query("needId");
        var expertId = request.Query("expertId");
        var bad = (needId is null ? null : Guard.Id(needId, "needId")) ?? (expertId is null ? null : Guard.Id(expertId, "expertId"));
        if (bad is not null)
        {
            return bad;
        }

        var listings = await new AssignmentDirectory(request.Services.Store).ListAsync(request.Caller!, needId, expertId, request.Aborted);
        return Results.Json(new { assignments = listings.Select(l => new { assignment = l.Assignment, conflicts = l.Conflicts }) }, Records.RecordJson.Options);
    }
}
