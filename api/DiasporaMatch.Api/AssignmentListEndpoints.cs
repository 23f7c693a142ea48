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

        // Institutions know an expert by the pseudonym until acceptance, so a filter by expert matches the id they see.
        var caller = request.Caller!;
        var listings = await new AssignmentDirectory(request.Services.Store).ListAsync(caller, needId, caller.IsStaff ? expertId : null, request.Aborted);
        var rows = new List<Contracts.AssignmentRow>(listings.Count);
        foreach (var listing in listings)
        {
            var shown = await AssignmentEndpoints.DisclosedAsync(request, listing.Assignment);
            if (expertId is null || caller.IsStaff || shown.ExpertId == expertId)
            {
                rows.Add(new Contracts.AssignmentRow(shown, listing.Conflicts));
            }
        }

        return Results.Json(new Contracts.AssignmentList(rows), Records.RecordJson.Options);
    }
}
