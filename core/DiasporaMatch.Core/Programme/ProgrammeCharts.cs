using System.Globalization;
using System.Text;
using DiasporaMatch.Reference;
using ScottPlot;

namespace DiasporaMatch.Programme;

/// <summary>
/// The indicator charts (ScottPlot): bars per group of the breakdown with a title naming the period, labelled axes
/// and a legend, in the viewer's language, as PNG or SVG. Text is drawn in DejaVu Sans when the system has it (it
/// carries Arabic glyphs; the bundled native Skia has no fontconfig to find fonts by itself).
/// </summary>
public static partial class ProgrammeCharts
{
    public const int DefaultWidth = 720;
    public const int DefaultHeight = 400;

    /// <summary>The charts there are, by the name their route and files use.</summary>
    public static readonly IReadOnlyList<string> Names = ["person-days", "missions"];

    private const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private const string FontName = "DejaVu Sans";
    private static readonly Lazy<bool> FontRegistered = new(() =>
    {
        if (!File.Exists(FontPath))
        {
            return false;
        }

        Fonts.AddFontFile(FontName, FontPath);
        return true;
    });

    /// <summary>Draws chart <paramref name="name"/> (one of <see cref="Names"/>) of <paramref name="rows"/>, groups named from <paramref name="reference"/> (<see cref="ReportTexts.Group"/>).</summary>
    public static byte[] Render(string name, IReadOnlyList<IndicatorRow> rows, DateOnly from, DateOnly to, IndicatorBreakdown by, string lang, ChartFormat format, int width = DefaultWidth, int height = DefaultHeight, ReferenceData? reference = null)
    {
        if (!Names.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"no chart named {name}", nameof(name));
        }

        lang = ReportTexts.Resolve(lang);
        var plot = new Plot();
        if (FontRegistered.Value)
        {
            plot.Font.Set(FontName);
        }

        var palette = new ScottPlot.Palettes.Category10();
        (string Label, Func<IndicatorRow, int> Value)[] series = name == "person-days"
            ? [(ReportTexts.Get(lang, "person-days.y"), r => r.PersonDays)]
            : [(ReportTexts.Get(lang, "started"), r => r.MissionsStarted), (ReportTexts.Get(lang, "completed"), r => r.MissionsCompleted), (ReportTexts.Get(lang, "cancelled"), r => r.MissionsCancelled)];
        var groupWidth = series.Length + 1; // one bar per series and a gap
        for (var s = 0; s < series.Length; s++)
        {
            var bars = rows.Select((row, g) => new Bar
            {
                Position = (g * groupWidth) + s,
                Value = series[s].Value(row),
                FillColor = palette.GetColor(s),
                Label = series[s].Value(row).ToString(CultureInfo.InvariantCulture),
            }).ToList();
            var added = plot.Add.Bars(bars);
            added.LegendText = series[s].Label;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. rows.Select((row, g) => new Tick((g * groupWidth) + ((series.Length - 1) / 2.0), ReportTexts.Group(lang, by, row.Key, reference)))]);
        var top = rows.Count == 0 ? 0 : rows.Max(r => series.Max(s => s.Value(r)));
        plot.Axes.SetLimitsY(0, Math.Max(1, top) * 1.15);
        plot.Title($"{ReportTexts.Get(lang, name + ".title")} ({Day(from)} – {Day(to)})");
        plot.XLabel(ReportTexts.Breakdown(lang, by));
        plot.YLabel(ReportTexts.Get(lang, name + ".y"));
        if (rows.Count > 5)
        {
            // Long group names (sectors, organisations) would overlap side by side.
            plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            plot.Axes.Bottom.MinimumSize = 110;
        }

        // Below the plot, so it never covers a bar's value.
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
        return format == ChartFormat.Png
            ? plot.GetImageBytes(width, height, ImageFormat.Png)
            : Encoding.UTF8.GetBytes(OnePositionPerText(plot.GetSvgXml(width, height)));
    }

    /// <summary>
    /// Skia's SVG canvas gives every glyph its own x (and y), laid out left to right in logical order: a browser then
    /// pins Arabic letters apart and reversed. Keeping the first position of each text lets the browser shape and
    /// order the words itself, starting where Skia started them.
    /// </summary>
    internal static string OnePositionPerText(string svg) => GlyphPositions().Replace(svg, m => $" {m.Groups["axis"].Value}=\"{m.Groups["first"].Value}\"");

    [System.Text.RegularExpressions.GeneratedRegex(@" (?<axis>[xy])=""(?<first>-?[0-9.eE+-]+),[^""]*""")]
    private static partial System.Text.RegularExpressions.Regex GlyphPositions();

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
