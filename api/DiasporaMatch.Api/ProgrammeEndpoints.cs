using DiasporaMatch.Access;
using DiasporaMatch.Programme;
using DiasporaMatch.Validation;
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

    /// <summary><c>GET /api/programme/indicators?from=&amp;to=&amp;by=</c> (staff): the indicators of a period, in total or split.</summary>
    public static async Task<IResult> IndicatorsAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ViewProgramme, Ownership.None) is { } denied)
        {
            return denied;
        }

        var errors = new List<FieldError>();
        var from = Date(request, "from", errors);
        var to = Date(request, "to", errors);
        // Names only: Enum.TryParse would also take numbers and comma lists ("sector,region" ORs into another breakdown).
        var byText = request.Query("by") ?? "total";
        var by = Enum.GetValues<IndicatorBreakdown>().FirstOrDefault(b => string.Equals(b.ToString(), byText, StringComparison.OrdinalIgnoreCase), (IndicatorBreakdown)(-1));
        if (!Enum.IsDefined(by))
        {
            errors.Add(new FieldError("by", "must be total, sector, region, organisation or month"));
        }

        if (errors.Count == 0 && to < from)
        {
            errors.Add(new FieldError("to", "must not be before from"));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var rows = await new ProgrammeReport(request.Services.Store, request.Services.Workspace.Time).IndicatorsAsync(from, to, by, request.Aborted);
        return Results.Ok(new Contracts.ProgrammeIndicatorTable(from, to, by.ToString().ToLowerInvariant(), rows));
    }

    private static DateOnly Date(ApiRequest request, string name, List<FieldError> errors)
    {
        var text = request.Query(name);
        if (text is null)
        {
            errors.Add(new FieldError(name, "is required (YYYY-MM-DD)"));
            return default;
        }

        if (!TextChecks.TryParseDate(text, out var date))
        {
            errors.Add(new FieldError(name, "is not a date (YYYY-MM-DD)"));
        }

        return date;
    }
}
