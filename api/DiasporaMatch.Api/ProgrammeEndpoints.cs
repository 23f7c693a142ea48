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
        var (from, to, by) = Period(request, errors);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var rows = await new ProgrammeReport(request.Services.Store, request.Services.Workspace.Time).IndicatorsAsync(from, to, by, request.Aborted);
        return Results.Ok(new Contracts.ProgrammeIndicatorTable(from, to, IndicatorBreakdowns.Name(by), rows));
    }

    /// <summary>
    /// <c>GET /api/programme/exports/{kind}?format=csv|xlsx&amp;from=&amp;to=&amp;by=</c>: indicators (staff), needs or
    /// assignments (staff; an institution member its organisation's own) of a period, as a file to download.
    /// </summary>
    public static async Task<IResult> ExportAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ExportRecords, Ownership.None) is { } denied)
        {
            return denied;
        }

        var errors = new List<FieldError>();
        var kindText = request.RouteValue("kind");
        var kind = Enum.GetValues<ExportKind>().FirstOrDefault(k => string.Equals(k.ToString(), kindText, StringComparison.OrdinalIgnoreCase), (ExportKind)(-1));
        if (!Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", "must be indicators, assignments or needs"));
        }
        else if (kind == ExportKind.Indicators && Guard.Access(request, ApiAction.ViewProgramme, Ownership.None) is { } staffOnly)
        {
            return staffOnly;
        }

        var format = request.Query("format") ?? "csv";
        if (format is not ("csv" or "xlsx"))
        {
            errors.Add(new FieldError("format", "must be csv or xlsx"));
        }

        var (from, to, by) = Period(request, errors);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var caller = request.Caller!;
        if (!caller.IsStaff && caller.OrganisationId is null)
        {
            return Problems.Forbidden();
        }

        var document = await new ProgrammeExports(request.Services.Store, request.Services.Workspace.Time)
            .BuildAsync(kind, from, to, by, caller.IsStaff ? null : caller.OrganisationId, request.Aborted);
        using var output = new MemoryStream();
        if (format == "csv")
        {
            ExportWriter.WriteCsv(document, output);
        }
        else
        {
            ExportWriter.WriteXlsx(document, output);
        }

        return Results.File(output.ToArray(), format == "csv" ? ExportWriter.CsvMediaType : ExportWriter.XlsxMediaType, $"dmatch-{document.Name}-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.{format}");
    }

    /// <summary><c>GET /api/programme/charts/{name}.png|svg?from=&amp;to=&amp;by=&amp;lang=&amp;width=&amp;height=</c> (staff).</summary>
    public static async Task<IResult> ChartAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ViewProgramme, Ownership.None) is { } denied)
        {
            return denied;
        }

        var file = request.RouteValue("name");
        var dot = file.LastIndexOf('.');
        var (name, extension) = dot < 0 ? (file, "") : (file[..dot], file[(dot + 1)..]);
        if (!ProgrammeCharts.Names.Contains(name, StringComparer.Ordinal) || extension is not ("png" or "svg"))
        {
            return Problems.NotFound($"chart {file} (one of {string.Join(", ", ProgrammeCharts.Names.Select(n => n + ".png|svg"))})");
        }

        var errors = new List<FieldError>();
        var (from, to, by) = Period(request, errors);
        var width = Size(request, "width", ProgrammeCharts.DefaultWidth, errors);
        var height = Size(request, "height", ProgrammeCharts.DefaultHeight, errors);
        var language = Language(request, errors);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var rows = await new ProgrammeReport(request.Services.Store, request.Services.Workspace.Time).IndicatorsAsync(from, to, by, request.Aborted);
        var format = extension == "png" ? ChartFormat.Png : ChartFormat.Svg;
        var bytes = ProgrammeCharts.Render(name, rows, from, to, by, language, format, width, height, request.Services.Workspace.Reference);
        return Results.Bytes(bytes, format == ChartFormat.Png ? "image/png" : "image/svg+xml");
    }

    /// <summary><c>GET /api/programme/report.html?from=&amp;to=&amp;by=&amp;lang=</c> (staff): the printable one-page report.</summary>
    public static async Task<IResult> ReportPageAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ViewProgramme, Ownership.None) is { } denied)
        {
            return denied;
        }

        var errors = new List<FieldError>();
        var (from, to, by) = Period(request, errors);
        var language = Language(request, errors);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var report = new ProgrammeReport(request.Services.Store, request.Services.Workspace.Time);
        var total = await report.IndicatorsAsync(from, to, IndicatorBreakdown.Total, request.Aborted);
        var rows = await report.IndicatorsAsync(from, to, by, request.Aborted);
        var html = ProgrammeReportPage.Render(total, rows, from, to, by, language, request.Services.Workspace.Time.GetUtcNow(), request.Services.Workspace.Reference);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>The period (<c>from</c>, <c>to</c>, both required) and breakdown (<c>by</c>, default total) of a programme route.</summary>
    private static (DateOnly From, DateOnly To, IndicatorBreakdown By) Period(ApiRequest request, List<FieldError> errors)
    {
        var from = Date(request, "from", errors);
        var to = Date(request, "to", errors);
        if (!IndicatorBreakdowns.TryParse(request.Query("by") ?? "total", out var by))
        {
            errors.Add(new FieldError("by", $"must be one of {string.Join(", ", IndicatorBreakdowns.Names)}"));
        }

        if (!errors.Any(e => e.Path is "from" or "to") && to < from)
        {
            errors.Add(new FieldError("to", "must not be before from"));
        }

        return (from, to, by);
    }

    /// <summary>The charts' and report's <c>?lang=</c>: one of their four languages (French when absent), never a silent fallback.</summary>
    private static string Language(ApiRequest request, List<FieldError> errors)
    {
        var language = request.Query("lang") ?? ReportTexts.DefaultLanguage;
        if (!ReportTexts.Languages.Contains(language, StringComparer.Ordinal))
        {
            errors.Add(new FieldError("lang", $"must be one of {string.Join(", ", ReportTexts.Languages)}"));
        }

        return language;
    }

    private static int Size(ApiRequest request, string name, int fallback, List<FieldError> errors)
    {
        var text = request.Query(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size) || size < 200 || size > 2000)
        {
            errors.Add(new FieldError(name, "must be a whole number of pixels from 200 to 2000"));
        }

        return size;
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
