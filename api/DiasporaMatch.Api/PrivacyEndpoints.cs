using DiasporaMatch.Access;
using DiasporaMatch.Privacy;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>The retention report: profiles untouched for N years (staff).</summary>
internal static class PrivacyEndpoints
{
    public static async Task<IResult> RetentionAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ReviewRetention, Ownership.None) is { } denied)
        {
            return denied;
        }

        var text = request.Query("years") ?? "3";
        if (!int.TryParse(text, out var years) || years is < 1 or > 50)
        {
            return Problems.Validation([new FieldError("years", "must be a whole number between 1 and 50")]);
        }

        var stale = await new RetentionReport(request.Services.Store, request.Services.Workspace.Time).FindAsync(years, request.Aborted);
        return Results.Ok(new Contracts.RetentionList(years, stale.Count, stale));
    }
}
