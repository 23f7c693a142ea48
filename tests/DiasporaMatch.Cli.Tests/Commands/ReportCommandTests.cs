using System.Text.Json;
using DiasporaMatch.Cli.TestSupport;
using DocumentFormat.OpenXml.Packaging;

namespace DiasporaMatch.Cli.Commands;

/// <summary>`dmatch report` over the sample beside a running host: each format written, the data folder unchanged, bad input in one line.</summary>
[Collection(BesideSampleHost.Name)]
public sealed class ReportCommandTests(SampleHostFixture sample)
{
    [Fact]
    public async Task Report_EachFormat_WrittenAndDataUnchanged()
    {
        var before = sample.Snapshot();
        var folder = Directory.CreateTempSubdirectory("dmatch-report-").FullName;
        try
        {
            var (code, output, error) = await sample.Cli.RunAsync("report", "--from", "2026-01-01", "--to", "2027-12-31", "--by", "sector", "--out", Path.Combine(folder, "r.html"), "--lang", "ar", "--json");
            Assert.True(code == ExitCodes.Success, error);
            Assert.True(JsonDocument.Parse(output).RootElement.GetProperty("rows").GetArrayLength() > 0);
            var html = await File.ReadAllTextAsync(Path.Combine(folder, "r.html"));
            Assert.Contains("تقرير البرنامج", html, StringComparison.Ordinal);

            Assert.Equal(ExitCodes.Success, (await sample.Cli.RunAsync("report", "--from", "2026-01-01", "--to", "2027-12-31", "--out", Path.Combine(folder, "r.csv"))).Code);
            var csv = await File.ReadAllBytesAsync(Path.Combine(folder, "r.csv"));
            Assert.Equal(System.Text.Encoding.UTF8.Preamble.ToArray(), csv[..3]);
            Assert.StartsWith("export,indicators\r\nfrom,2026-01-01", System.Text.Encoding.UTF8.GetString(csv.AsSpan(3)), StringComparison.Ordinal);

            Assert.Equal(ExitCodes.Success, (await sample.Cli.RunAsync("report", "--from", "2026-01-01", "--to", "2027-12-31", "--by", "month", "--out", Path.Combine(folder, "r.xlsx"))).Code);
            using var workbook = SpreadsheetDocument.Open(Path.Combine(folder, "r.xlsx"), isEditable: false);
            Assert.Equal(2, workbook.WorkbookPart!.WorksheetParts.Count());
            Assert.Equal(before, sample.Snapshot());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Report_ByCountryOfResidence_TheBreakdownNamedInTheFile()
    {
        var folder = Directory.CreateTempSubdirectory("dmatch-report-").FullName;
        try
        {
            var (code, output, error) = await sample.Cli.RunAsync("report", "--from", "2026-01-01", "--to", "2027-12-31", "--by", "countryOfResidence", "--out", Path.Combine(folder, "r.csv"));

            Assert.True(code == ExitCodes.Success, error);
            Assert.Contains("by countryOfResidence", output, StringComparison.Ordinal);
            var lines = await File.ReadAllLinesAsync(Path.Combine(folder, "r.csv"));
            Assert.Contains("by,countryOfResidence", lines);
            Assert.Contains(lines, l => l.StartsWith("small groups,groups with fewer than 3 missions", StringComparison.Ordinal));

            Assert.Equal(ExitCodes.Success, (await sample.Cli.RunAsync("report", "--from", "2026-01-01", "--to", "2027-12-31", "--by", "gender", "--lang", "nl", "--out", Path.Combine(folder, "r.html"))).Code);
            Assert.Contains("Groep: gender", await File.ReadAllTextAsync(Path.Combine(folder, "r.html")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(ExitCodes.Usage, "'nationality'", "--from", "2027-01-01", "--to", "2027-03-01", "--by", "nationality", "--out", "r.csv")]
    [InlineData(ExitCodes.Usage, "--to must not be before --from", "--from", "2027-01-01", "--to", "2026-01-01", "--out", "r.csv")]
    [InlineData(ExitCodes.Usage, "--from must be a date written yyyy-MM-dd", "--from", "2027-02-30", "--to", "2027-03-01", "--out", "r.csv")]
    [InlineData(ExitCodes.InvalidInput, "--out must end in .xlsx, .csv or .html", "--from", "2027-01-01", "--to", "2027-03-01", "--out", "r.pdf")]
    public async Task Report_BadInput_OneLineAndItsExitCode(int expected, string message, params string[] args)
    {
        var (code, _, error) = await sample.Cli.RunAsync(["report", .. args]);

        Assert.Equal(expected, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists("r.pdf"));
    }
}
