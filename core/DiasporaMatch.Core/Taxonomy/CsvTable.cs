using System.Text;
using DiasporaMatch.Text;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// A CSV file read by header name, since column order differs between ESCO files and versions.
/// Every problem becomes a <see cref="TaxonomyImportException"/> naming the file and line.
/// </summary>
internal sealed class CsvTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string name, Dictionary<string, int> columns, int width)
    {
        Name = name;
        _columns = columns;
        Width = width;
    }

    public string Name { get; }

    public int Width { get; }

    /// <summary>Reads every data row, checking the required columns first and each row's width.</summary>
    public static IEnumerable<(CsvTable Table, CsvRecord Row)> Read(EscoFile file, params string[] required)
    {
        using var reader = new StreamReader(file.Path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        var records = new CsvReader(reader).ReadAll().GetEnumerator();
        using (records)
        {
            if (!Next(file, records))
            {
                throw new TaxonomyImportException(file.Name, 1, "the file is empty: a header line is required");
            }

            var header = records.Current.Fields;
            var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count; i++)
            {
                columns.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
            }

            var missing = required.Where(r => !columns.ContainsKey(r)).ToArray();
            if (missing.Length > 0)
            {
                throw new TaxonomyImportException(
                    file.Name, records.Current.Line, $"missing required column(s) {string.Join(", ", missing)}; header is {string.Join(",", header)}");
            }

            var table = new CsvTable(file.Name, columns, header.Count);
            while (Next(file, records))
            {
                var row = records.Current;
                if (row.Fields.Count == 1 && string.IsNullOrWhiteSpace(row.Fields[0]))
                {
                    continue;
                }

                if (row.Fields.Count != table.Width)
                {
                    throw new TaxonomyImportException(
                        file.Name, row.Line, $"the row has {row.Fields.Count} fields but the header has {table.Width}");
                }

                yield return (table, row);
            }
        }
    }

    /// <summary>The trimmed cell of a column, or empty when the file has no such column.</summary>
    public string Get(CsvRecord row, string column) =>
        _columns.TryGetValue(column, out var index) ? row.Fields[index].Trim() : string.Empty;

    private static bool Next(EscoFile file, IEnumerator<CsvRecord> records)
    {
        try
        {
            return records.MoveNext();
        }
        catch (CsvFormatException e)
        {
            throw new TaxonomyImportException(file.Name, e.Line, e.Reason, e);
        }
        catch (DecoderFallbackException e)
        {
            throw new TaxonomyImportException(file.Name, 0, "the file is not valid UTF-8", e);
        }
    }
}
