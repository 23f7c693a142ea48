using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using DiasporaMatch.Access;
using DiasporaMatch.Cli.TestSupport;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using nietras.SeparatedValues;

namespace DiasporaMatch.Cli;

/// <summary>
/// The programme routes by the experts' country of residence and self-declared gender over real HTTP: three experts in
/// NL (women) and three in FR (two who did not declare a gender, one man), each with a mission walked to approval.
/// Groups named in the viewer's language, small groups pooled, the breakdown named in the files, nothing of it for
/// institutions.
/// </summary>
public sealed class ProgrammeBreakdownRoutesTests : IAsyncLifetime
{
    private const string Period = "from=2026-01-01&to=2027-12-31";

    private static readonly (string Id, string Country, string? Gender)[] Experts =
        [("E-0001", "NL", "female"), ("E-0002", "NL", "female"), ("E-0003", "NL", "female"), ("E-0004", "FR", null), ("E-0005", "FR", null), ("E-0006", "FR", "male")];

    private RunningHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync();
        await CreatedAsync("/api/organisations", Callers.Staff, LocalHostTests.Organisation);
        await CreatedAsync("/api/needs", Callers.Institution, LocalHostTests.Need.Replace("\"durationDays\":30", "\"durationDays\":30,\"positions\":6", StringComparison.Ordinal));
        foreach (var (id, country, gender) in Experts)
        {
            var declared = gender is null ? "" : $"\"gender\":\"{gender}\",";
            await CreatedAsync("/api/profiles", Callers.Staff, LocalHostTests.Profile
                .Replace("{\"fullName\"", $"{{\"id\":\"{id}\",{declared}\"fullName\"", StringComparison.Ordinal)
                .Replace("\"countryOfResidence\":\"NL\"", $"\"countryOfResidence\":\"{country}\"", StringComparison.Ordinal));
            var created = await CreatedAsync("/api/assignments", Callers.Staff, $$"""{"needId":"N-0001","expertId":"{{id}}","from":"2027-03-01","to":"2027-03-10"}""");
            var assignment = created.GetProperty("id").GetString()!;
            foreach (var (to, by) in new[] { ("proposed", Callers.Staff), ("accepted", new Caller(Role.Expert, id)), ("confirmed", Callers.Institution), ("approved", Callers.Staff) })
            {
                using var moved = await SendAsync($"/api/assignments/{assignment}/transitions", by, HttpMethod.Post, $$"""{"to":"{{to}}"}""");
                Assert.True(moved.IsSuccessStatusCode, $"{to}: {await moved.Content.ReadAsStringAsync()}");
            }
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Indicators_ByCountryOfResidence_OneRowPerCountryAndNoNeedsCounted()
    {
        var body = await JsonAsync($"/api/programme/indicators?{Period}&by=countryOfResidence");

        Assert.Equal("countryOfResidence", body.GetProperty("by").GetString());
        var rows = body.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([("FR", 3, 30), ("NL", 3, 30)], rows.Select(r => (r.GetProperty("key").GetString(), r.GetProperty("positionsFilled").GetInt32(), r.GetProperty("personDays").GetInt32())));
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("needsActive").ValueKind));
    }

    [Fact]
    public async Task Indicators_ByGender_MenAndNotDeclaredTooFewSoPooled()
    {
        var body = await JsonAsync($"/api/programme/indicators?{Period}&by=GENDER");

        Assert.Equal("gender", body.GetProperty("by").GetString());
        // One man and two who did not declare: three missions together, each group alone would single people out.
        Assert.Equal([("female", 3), ("small-groups", 3)], body.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("key").GetString(), r.GetProperty("positionsFilled").GetInt32())));
    }

    [Fact]
    public async Task Chart_ByCountryInArabic_CountriesNamedInArabic()
    {
        using var response = await SendAsync($"/api/programme/charts/person-days.svg?{Period}&by=countryOfResidence&lang=ar", Callers.Staff);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var texts = XDocument.Parse(await response.Content.ReadAsStringAsync()).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.Contains("بلد الإقامة", texts);
        Assert.Contains("هولندا", texts);
        Assert.Contains("فرنسا", texts);
    }

    [Fact]
    public async Task ReportPage_ByGenderInFrench_GroupsInWordsAndThePoolingSaid()
    {
        using var response = await SendAsync($"/api/programme/report.html?{Period}&by=gender&lang=fr", Callers.Staff);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<tr><td>femmes</td><td>–</td><td>3</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>petits groupes regroupés</td>", html, StringComparison.Ordinal);
        Assert.Contains("Les groupes de moins de 3 missions", html, StringComparison.Ordinal);
    }

    /// <summary>The CSV read back by Sep (the writer is CsvHelper): the breakdown and the pooling in the header block, one row per country.</summary>
    [Fact]
    public async Task Export_IndicatorsCsvByCountry_ReadBackBySepWithTheBreakdownNamed()
    {
        using var response = await SendAsync($"/api/programme/exports/indicators?format=csv&{Period}&by=countryOfResidence", Callers.Staff);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var records = new List<string[]>();
        using (var reader = Sep.Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true }).From(await response.Content.ReadAsStreamAsync()))
        {
            foreach (var row in reader)
            {
                var fields = new string[row.ColCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = row[i].ToString();
                }

                records.Add(fields);
            }
        }

        Assert.Contains(records, r => r.SequenceEqual(["by", "countryOfResidence"]));
        Assert.Contains(records, r => r[0] == "small groups" && r[1].StartsWith("groups with fewer than 3 missions", StringComparison.Ordinal));
        var header = records.FindIndex(r => r[0] == "group");
        Assert.Equal(["FR", "NL"], records.Skip(header + 1).Select(r => r[0]));
        Assert.All(records.Skip(header + 1), r => Assert.Equal("", r[1])); // needs active: not counted by the experts' attributes
    }

    [Fact]
    public async Task Export_IndicatorsXlsxByGender_OpensWithOpenXml()
    {
        using var response = await SendAsync($"/api/programme/exports/indicators?format=xlsx&{Period}&by=gender", Callers.Staff);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        var part = workbook.WorkbookPart!;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        // Every cell's text, whether shared, inline or a plain value.
        var cells = part.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<Cell>()).Select(cell =>
            cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
            : cell.CellValue?.Text ?? "").ToHashSet();
        Assert.Contains("gender", cells);
        Assert.Contains("female", cells);
        Assert.Contains("small-groups", cells);
        Assert.DoesNotContain("male", cells);
    }

    /// <summary>Gender is for aggregate reports only: an institution's own assignments export names no expert's gender or country, and its indicators are staff-only.</summary>
    [Fact]
    public async Task Export_ForAnInstitution_NoGenderNoCountryAndNoIndicators()
    {
        using var own = await SendAsync($"/api/programme/exports/assignments?format=csv&{Period}&by=gender", Callers.Institution);
        using var indicators = await SendAsync($"/api/programme/exports/indicators?format=csv&{Period}&by=gender", Callers.Institution);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var text = await own.Content.ReadAsStringAsync();
        Assert.Equal(6, text.Split("\r\n").Count(l => l.StartsWith("A-", StringComparison.Ordinal)));
        Assert.DoesNotContain("female", text, StringComparison.Ordinal);
        Assert.DoesNotContain("gender", text, StringComparison.Ordinal);
        Assert.DoesNotContain("E-000", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, indicators.StatusCode);
    }

    [Theory]
    [InlineData("countryofresidence,gender")]
    [InlineData("6")]
    [InlineData("nationality")]
    public async Task Indicators_UnknownBreakdown_400ListingTheNames(string by)
    {
        using var response = await SendAsync($"/api/programme/indicators?{Period}&by={by}", Callers.Staff);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("countryOfResidence, gender", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> CreatedAsync(string path, Caller caller, string json)
    {
        using var response = await SendAsync(path, caller, HttpMethod.Post, json);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> JsonAsync(string path)
    {
        using var response = await SendAsync(path, Callers.Staff);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<HttpResponseMessage> SendAsync(string path, Caller caller, HttpMethod? method = null, string? json = null) =>
        _host.Client.SendAsync(_host.Request(method ?? HttpMethod.Get, path, caller, json is null ? null : LocalHostTests.JsonContent(json)));
}
