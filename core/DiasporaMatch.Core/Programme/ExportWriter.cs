using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace DiasporaMatch.Programme;

/// <summary>
/// Writes an <see cref="ExportDocument"/> as CSV (CsvHelper; UTF-8 with a BOM so Excel reads Arabic right, the
/// parameters first, a blank line, then the table) or XLSX (MiniExcel; a first sheet with the parameters, a second
/// with the table).
/// </summary>
public static class ExportWriter
{
    public const string CsvMediaType = "text/csv; charset=utf-8";
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The characters a spreadsheet may read as the start of a formula (OWASP CSV injection).</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>A text cell a spreadsheet would read as a formula gets a leading single quote, so it stays text.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0 ? "'" + text : text;

    public static void WriteCsv(ExportDocument document, Stream output)
    {
        // The header block has two fields a record, the table as many as it has columns.
        using var csv = CsvWriter.Create(output, new CsvWriterOptions { WriteByteOrderMark = true, ValidateFieldCount = false }, leaveOpen: true);
        foreach (var (name, value) in document.Parameters)
        {
            csv.WriteRecord([name, value]);
        }

        csv.WriteRecord([""]);
        csv.WriteRecord([.. document.Columns]);
        foreach (var row in document.Rows)
        {
            csv.WriteRecord([.. row.Select(Text)]);
        }

        csv.Flush();
    }

    public static void WriteXlsx(ExportDocument document, Stream output)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["export"] = document.Parameters.Select(p => new Dictionary<string, object?> { ["parameter"] = p.Key, ["value"] = p.Value }).ToList(),
            [document.Name] = document.Rows.Select(row =>
            {
                var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < document.Columns.Count; i++)
                {
                    cells[document.Columns[i]] = row[i];
                }

                return cells;
            }).ToList(),
        };
        output.SaveAs(sheets);
    }

    private static string Text(object? cell) => cell switch
    {
        null => "",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
