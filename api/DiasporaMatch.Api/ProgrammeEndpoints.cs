using DiasporaMatch.Access;
using DiasporaMatch.Programme;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary><c>GET /api/programme/dashboard</c>: needs and assignments by region, sector and state, and time to match (staff).</summary>
internal static class ProgrammeEndpoints
{
    public static async Task<IResult> DashboardAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ViewProgramme, Ownership.None) is { } denied)
        {
            return denied;
        }

        var dashboard = await new ProgrammeReport(request.Services.Store, request.Services.Workspace.Time).BuildAsync(request.Aborted);
        return Results.Json(dashboard, Records.RecordJson.Options);
    }
}
