using System.Net;
using System.Text;
using DiasporaMatch.Access;
using DiasporaMatch.Cli.TestSupport;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SkiaSharp;

namespace DiasporaMatch.Cli;

/// <summary>
/// The programme's exports, charts and report page over the sample: files with their type and name, an institution
/// held to its own records, charts of the size asked in the viewer's language, bad input named.
/// </summary>
[Collection(BesideSampleHost.Name)]
public sealed class ProgrammeExportRoutesTests(SampleHostFixture sample)
{
    private const string Period = "from=2026-01-01&to=2027-12-31";

    [Fact]
    public async Task Export_NeedsCsv_AttachmentWithBomHeaderBlockAndEveryNeed()
    {
        using var response = await GetAsync($"/api/programme/exports/needs?format=csv&{Period}", Callers.Staff);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("dmatch-needs-2026-01-01-2027-12-31.csv", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n");
        Assert.Equal(["export,needs", "from,2026-01-01", "to,2027-12-31", "organisation,all"], lines[..4]);
        Assert.True(Rows(lines).Count > 0);
    }

    [Fact]
    public async Task Export_NeedsXlsxForAnInstitution_OpensWithOpenXmlAndHoldsOnlyItsOwn()
    {
        using var all = await GetAsync($"/api/programme/exports/needs?format=csv&{Period}", Callers.Staff);
        var staffRows = Rows((await all.Content.ReadAsStringAsync()).Split("\r\n"));
        var organisation = staffRows[0][1];
        var member = new Caller(Role.Institution, "U-EXPORT", organisation);

        using var response = await GetAsync($"/api/programme/exports/needs?format=xlsx&{Period}", member);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        var part = workbook.WorkbookPart!;
        Assert.Equal(["export", "needs"], part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!));
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var needs = (WorksheetPart)part.GetPartById(part.Workbook.Sheets!.Elements<Sheet>().Last().Id!);
        var organisations = needs.Worksheet.Descendants<Row>().Skip(1)
            .Select(row => row.Elements<Cell>().ElementAt(1))
            .Select(cell => cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)] : cell.CellValue?.Text ?? cell.InnerText)
            .ToList();
        Assert.Equal(staffRows.Count(r => r[1] == organisation), organisations.Count);
        Assert.All(organisations, o => Assert.Equal(organisation, o));
        Assert.True(staffRows.Any(r => r[1] != organisation), "the sample must hold other organisations' needs for this to mean anything");
    }

    [Theory]
    [InlineData("/api/programme/exports/experts?format=csv&" + Period, "kind")]
    [InlineData("/api/programme/exports/needs?format=pdf&" + Period, "format")]
    [InlineData("/api/programme/exports/needs?format=csv&to=2027-12-31", "from")]
    [InlineData("/api/programme/exports/indicators?format=csv&" + Period + "&by=week", "by")]
    [InlineData("/api/programme/charts/missions.png?" + Period + "&width=50", "width")]
    [InlineData("/api/programme/charts/missions.svg?from=2027-01-01&to=2026-01-01", "to")]
    [InlineData("/api/programme/report.html?from=2027-01-01", "to")]
    [InlineData("/api/programme/charts/missions.svg?" + Period + "&lang=de", "lang")]
    [InlineData("/api/programme/report.html?" + Period + "&lang=xx", "lang")]
    public async Task Routes_BadParameter_400NamingIt(string path, string field)
    {
        using var response = await GetAsync(path, Callers.Staff);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IndicatorsForAnInstitution_403()
    {
        using var response = await GetAsync($"/api/programme/exports/indicators?format=csv&{Period}", Callers.Institution);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Chart_Png_DecodesAtTheSizeAsked()
    {
        using var response = await GetAsync($"/api/programme/charts/person-days.png?{Period}&by=sector&width=640&height=360", Callers.Staff);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((640, 360), (bitmap.Width, bitmap.Height));
    }

    [Theory]
    [InlineData("fr", "Jours-personnes réalisés", "secteur", "jours-personnes")]
    [InlineData("ar", "أيام العمل المنجزة", "القطاع", "أيام العمل")]
    [InlineData("nl", "Geleverde persoonsdagen", "sector", "persoonsdagen")]
    public async Task Chart_Svg_TitleAndAxisLabelsInTheViewersLanguage(string lang, string title, string xLabel, string yLabel)
    {
        using var response = await GetAsync($"/api/programme/charts/person-days.svg?{Period}&by=sector&lang={lang}", Callers.Staff);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var svg = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.Contains(texts, t => t.StartsWith(title, StringComparison.Ordinal));
        Assert.Contains(xLabel, texts);
        Assert.Contains(yLabel, texts);
    }

    [Fact]
    public async Task Chart_UnknownName_404()
    {
        using var response = await GetAsync($"/api/programme/charts/revenue.png?{Period}", Callers.Staff);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ReportPage_Arabic_RightToLeftWithChartsAndTable()
    {
        using var response = await GetAsync($"/api/programme/report.html?{Period}&by=region&lang=ar", Callers.Staff);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("تقرير البرنامج", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("data:image/svg+xml;base64,").Length - 1);
        Assert.Contains("<th>الجهة</th>", html, StringComparison.Ordinal);
    }

    /// <summary>The table's rows of an export CSV (after the header block and the blank record), split on commas (the sample's ids and codes hold none).</summary>
    private static List<string[]> Rows(string[] lines) =>
        [.. lines.SkipWhile(l => !l.StartsWith("id,", StringComparison.Ordinal)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))];

    private async Task<HttpResponseMessage> GetAsync(string path, Caller caller) =>
        await sample.Host.Client.SendAsync(sample.Host.Request(HttpMethod.Get, path, caller));
}
