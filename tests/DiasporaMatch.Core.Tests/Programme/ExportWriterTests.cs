using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using nietras.SeparatedValues;

namespace DiasporaMatch.Programme;

/// <summary>
/// Exports read back by a second reader (Sep for the CSV, the Open XML SDK for the XLSX): formula payloads come out
/// as inert text, Arabic intact, the parameters in the header block or first sheet.
/// </summary>
public sealed class ExportWriterTests
{
    /// <summary>OWASP's CSV injection starts, each as a spreadsheet would run it, and plain text that must stay as it is.</summary>
    public static readonly string[] Payloads = ["=HYPERLINK(\"http://x.example\",\"ok\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"];

    private const string Arabic = "تكوين الممرضين في طب الأطفال";

    [Fact]
    public void Neutralise_FormulaStarts_PrefixedAndPlainTextUntouched()
    {
        Assert.All(Payloads, p => Assert.Equal("'" + p, ExportWriter.Neutralise(p)));
        Assert.Equal(Arabic, ExportWriter.Neutralise(Arabic));
        Assert.Equal("a=b", ExportWriter.Neutralise("a=b"));
        Assert.Equal("", ExportWriter.Neutralise(""));
    }

    [Fact]
    public void WriteCsv_PayloadsAndArabic_ReadBackInertWithBomAndHeaderBlock()
    {
        using var output = new MemoryStream();
        ExportWriter.WriteCsv(Document(), output);
        var bytes = output.ToArray();

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = new List<string[]>();
        using (var reader = Sep.Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true }).From(new MemoryStream(bytes)))
        {
            foreach (var row in reader)
            {
                var fields = new string[row.ColCount];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = row[i].ToString();
                }

                rows.Add(fields);
            }
        }

        Assert.Equal(new[] { "from", "2027-01-01" }, rows[0]);
        Assert.Equal(new[] { "to", "2027-12-31" }, rows[1]);
        var header = rows.FindIndex(r => r[0] == "id");
        Assert.Equal(new[] { "id", "title", "positions" }, rows[header]);
        var titles = rows.Skip(header + 1).Select(r => r[1]).ToArray();
        Assert.Equal(Payloads.Select(p => "'" + p).Append(Arabic), titles);
        Assert.Equal("3", rows[header + 1][2]);
    }

    [Fact]
    public void WriteXlsx_PayloadsAndArabic_ReadBackByOpenXml()
    {
        using var output = new MemoryStream();
        ExportWriter.WriteXlsx(Document(), output);
        output.Position = 0;

        using var workbook = SpreadsheetDocument.Open(output, isEditable: false);
        var sheets = ReadSheets(workbook);

        Assert.Equal(new[] { "export", "needs" }, sheets.Keys);
        Assert.Contains(sheets["export"], r => r.SequenceEqual(["from", "2027-01-01"]));
        var table = sheets["needs"];
        Assert.Equal(new[] { "id", "title", "positions" }, table[0]);
        // XML reads a bare CR as LF (end-of-line normalisation); the cell still starts with the quote.
        Assert.Equal(Payloads.Select(p => "'" + p.Replace('\r', '\n')).Append(Arabic), table.Skip(1).Select(r => r[1]));
        Assert.Equal("3", table[1][2]);
    }

    /// <summary>Each sheet's cells as text, row by row, shared strings resolved.</summary>
    internal static Dictionary<string, List<string[]>> ReadSheets(SpreadsheetDocument workbook)
    {
        var part = workbook.WorkbookPart!;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var sheets = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = (WorksheetPart)part.GetPartById(sheet.Id!);
            sheets[sheet.Name!] = [.. worksheet.Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell =>
                cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
                : cell.CellValue?.Text ?? "").ToArray())];
        }

        return sheets;
    }

    private static ExportDocument Document() => ExportDocument.Of(
        ExportKind.Needs,
        [new("from", "2027-01-01"), new("to", "2027-12-31")],
        ["id", "title", "positions"],
        [.. Payloads.Select((p, i) => (IReadOnlyList<object?>)[$"N-{i}", p, 3]), ["N-AR", Arabic, 1]]);
}
