using System.Globalization;
using System.Net;
using System.Text;
using DiasporaMatch.Reference;

namespace DiasporaMatch.Programme;

/// <summary>
/// The printable one-page programme report of a period (HTML with print CSS, A4): headline figures of the whole
/// programme, the charts by the breakdown (SVG as data URIs, so the file stands alone), and the indicator table by
/// the breakdown, its groups named in the viewer's language (<see cref="ReportTexts.Group"/>). Right to left in Arabic.
/// </summary>
public static class ProgrammeReportPage
{
    public static string Render(IReadOnlyList<IndicatorRow> total, IReadOnlyList<IndicatorRow> rows, DateOnly from, DateOnly to, IndicatorBreakdown by, string lang, DateTimeOffset generatedAt, ReferenceData? reference = null)
    {
        lang = ReportTexts.Resolve(lang);
        string T(string key) => WebUtility.HtmlEncode(ReportTexts.Get(lang, key));
        var all = total.Count > 0 ? total[0] : new IndicatorRow("total", 0, 0, 0, 0, 0, 0, null, null, null, null);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="{{lang}}" dir="{{(lang == "ar" ? "rtl" : "ltr")}}">
            <head>
            <meta charset="utf-8">
            <title>{{T("report.title")}} {{Day(from)}} – {{Day(to)}}</title>
            <style>
            @page { size: A4; margin: 12mm; }
            body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1a1a1a; margin: 0 auto; max-width: 190mm; }
            h1 { font-size: 16pt; margin: 0 0 2mm; }
            .period { color: #555; margin: 0 0 4mm; }
            .headline { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2mm; margin-bottom: 4mm; }
            .figure { border: 1px solid #ccc; border-radius: 2mm; padding: 2mm; }
            .figure b { display: block; font-size: 16pt; }
            .charts { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm; }
            .charts img { width: 100%; height: auto; }
            table { border-collapse: collapse; width: 100%; margin-top: 3mm; font-size: 8.5pt; }
            th, td { border: 1px solid #ccc; padding: 1mm 1.5mm; text-align: end; }
            th:first-child, td:first-child { text-align: start; }
            .note { color: #555; font-size: 8pt; margin-top: 2mm; }
            @media print { body { max-width: none; } .figure, table, .charts { break-inside: avoid; } }
            </style>
            </head>
            <body>
            <h1>{{T("report.title")}}</h1>
            <p class="period">{{T("report.period")}}: {{Day(from)}} – {{Day(to)}} · {{T("report.group")}}: {{WebUtility.HtmlEncode(ReportTexts.Breakdown(lang, by))}} · {{generatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}}</p>
            <section class="headline">

            """);
        foreach (var (key, value) in Figures(all).Take(8))
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"figure\"><b>{value}</b>{T(key)}</div>\n");
        }

        html.Append("</section>\n<section class=\"charts\">\n");
        foreach (var name in ProgrammeCharts.Names)
        {
            var svg = ProgrammeCharts.Render(name, rows, from, to, by, lang, ChartFormat.Svg, reference: reference);
            html.Append(CultureInfo.InvariantCulture, $"<img alt=\"{T(name + ".title")}\" src=\"data:image/svg+xml;base64,{Convert.ToBase64String(svg)}\">\n");
        }

        html.Append("</section>\n<table>\n<thead><tr>");
        html.Append(CultureInfo.InvariantCulture, $"<th>{WebUtility.HtmlEncode(ReportTexts.Breakdown(lang, by))}</th>");
        foreach (var (key, _) in Figures(all))
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{T(key)}</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{WebUtility.HtmlEncode(ReportTexts.Group(lang, by, row.Key, reference))}</td>");
            foreach (var (_, value) in Figures(row))
            {
                html.Append(CultureInfo.InvariantCulture, $"<td>{value}</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (IndicatorBreakdowns.IsAboutPeople(by))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{T("report.smallGroups")}</p>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The row's figures by their text key, formatted; "–" where there is nothing to measure.</summary>
    private static IEnumerable<(string Key, string Value)> Figures(IndicatorRow row)
    {
        static string Of(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "–";
        yield return ("needsActive", Of(row.NeedsActive));
        yield return ("positionsFilled", Of(row.PositionsFilled));
        yield return ("missionsStarted", Of(row.MissionsStarted));
        yield return ("missionsCompleted", Of(row.MissionsCompleted));
        yield return ("personDays", Of(row.PersonDays));
        yield return ("medianDaysToApproval", Of(row.MedianDaysToApproval));
        yield return ("acceptanceRate", Of(row.AcceptanceRate));
        yield return ("meanRating", Of(row.MeanRating));
        yield return ("missionsCancelled", Of(row.MissionsCancelled));
        yield return ("p90DaysToApproval", Of(row.P90DaysToApproval));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
