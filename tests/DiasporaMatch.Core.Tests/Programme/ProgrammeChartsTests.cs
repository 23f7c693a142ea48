using System.Xml.Linq;
using SkiaSharp;

namespace DiasporaMatch.Programme;

/// <summary>The indicator charts: a PNG of the size asked, an SVG whose title, axis labels and legend are in the viewer's language.</summary>
public sealed class ProgrammeChartsTests
{
    private static readonly DateOnly From = new(2027, 1, 1);
    private static readonly DateOnly To = new(2027, 6, 30);

    private static readonly IndicatorRow[] Rows =
    [
        new("education", 2, 1, 1, 0, 1, 12, 3, 3, 0.5, null),
        new("health", 4, 3, 2, 2, 0, 45, 2, 6, 1, 4.5),
    ];

    [Fact]
    public void Render_Png_DecodesAtTheSizeAsked()
    {
        var png = ProgrammeCharts.Render("missions", Rows, From, To, IndicatorBreakdown.Sector, "en", ChartFormat.Png, 640, 360);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((640, 360), (bitmap.Width, bitmap.Height));
    }

    [Theory]
    [InlineData("en", "Missions started, completed and cancelled (2027-01-01 – 2027-06-30)", "sector", "missions", "completed")]
    [InlineData("fr", "Missions commencées, terminées et annulées (2027-01-01 – 2027-06-30)", "secteur", "missions", "terminées")]
    [InlineData("ar", "المهام المبدوءة والمنجزة والملغاة (2027-01-01 – 2027-06-30)", "القطاع", "المهام", "منجزة")]
    [InlineData("xx", "Missions commencées, terminées et annulées (2027-01-01 – 2027-06-30)", "secteur", "missions", "terminées")]
    public void Render_Svg_TitleAxesAndLegendInTheLanguage(string lang, string title, string xLabel, string yLabel, string legend)
    {
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(ProgrammeCharts.Render("missions", Rows, From, To, IndicatorBreakdown.Sector, lang, ChartFormat.Svg)));

        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.Contains(title, texts);
        Assert.Contains(xLabel, texts);
        Assert.Contains(yLabel, texts);
        Assert.Contains(legend, texts);
        Assert.Contains("health", texts); // a group's tick label
        // One position per text, so the browser shapes and orders Arabic itself (Skia pins each glyph left to right).
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "text" && (e.Attribute("x")?.Value.Contains(',', StringComparison.Ordinal) ?? false));
    }

    [Theory]
    [InlineData("ar", "بلد الإقامة", "هولندا", "فرنسا", "مجموعات صغيرة مجمّعة")]
    [InlineData("fr", "pays de résidence", "Pays-Bas", "France", "petits groupes regroupés")]
    public void Render_ByCountryOfResidence_CountriesNamedInTheLanguage(string lang, string xLabel, string netherlands, string france, string pooled)
    {
        IndicatorRow[] rows = [new("FR", null, 0, 3, 3, 0, 15, null, null, null, 4), new("NL", null, 1, 1, 1, 0, 17, 4, 4, 0.5, 5), new(ProgrammeIndicators.SmallGroups, null, 2, 2, 1, 1, 4, 6, 10, 1, 2)];
        var reference = Reference.ReferenceData.Load(Reference.DataPaths.ReferenceFolder);

        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(ProgrammeCharts.Render("person-days", rows, From, To, IndicatorBreakdown.CountryOfResidence, lang, ChartFormat.Svg, reference: reference)));

        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.Contains(xLabel, texts);
        Assert.Contains(netherlands, texts);
        Assert.Contains(france, texts);
        Assert.Contains(pooled, texts);
        Assert.DoesNotContain("NL", texts);
    }

    [Fact]
    public void Render_UnknownChart_Refused() =>
        Assert.Throws<ArgumentException>(() => ProgrammeCharts.Render("revenue", Rows, From, To, IndicatorBreakdown.Total, "en", ChartFormat.Png));
}
