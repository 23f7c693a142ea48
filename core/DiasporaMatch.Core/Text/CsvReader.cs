using CsvHelper;
using Library = CsvHelper;

namespace DiasporaMatch.Text;

/// <summary>
/// RFC 4180 records one at a time, through CsvHelper's reader, so a file of any size never sits in memory: quoted
/// fields may hold separators, doubled quotes and line breaks; blank lines are skipped. Broken text is a
/// <see cref="CsvFormatException"/> naming the line its record starts on.
/// </summary>
public sealed class CsvReader
{
    private readonly Library.CsvReader _reader;
    private readonly int _maxRecordLength;

    public CsvReader(TextReader reader, char separator = ',', int maxRecordLength = 1 << 20)
    {
        _maxRecordLength = maxRecordLength;
        _reader = Library.CsvReader.Create(reader, new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = false,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MaxRecordSize = maxRecordLength,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow, // widths are checked by the callers, with their own words
        }, leaveOpen: true);
    }

    public IEnumerable<CsvRecord> ReadAll()
    {
        while (TryRead(out var record))
        {
            yield return record;
        }
    }

    public bool TryRead(out CsvRecord record)
    {
        record = null!;
        try
        {
            if (!_reader.Read())
            {
                return false;
            }
        }
        catch (Library.CsvFormatException e)
        {
            throw new CsvFormatException(e.LineNumber, WithoutPosition(e.Message));
        }

        var fields = new string[_reader.FieldCount];
        var length = 0;
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = _reader.GetString(i);
            length += fields[i].Length;
        }

        if (length > _maxRecordLength)
        {
            throw new CsvFormatException(_reader.LineNumber, $"a record is longer than {_maxRecordLength} characters");
        }

        record = new CsvRecord(_reader.LineNumber, fields);
        return true;
    }

    /// <summary>"Malformed CSV in record 2 (line 2): a quoted field that is never closed (byte offset 24)" → the reason alone.</summary>
    private static string WithoutPosition(string message)
    {
        var colon = message.IndexOf("): ", StringComparison.Ordinal);
        var reason = colon < 0 ? message : message[(colon + 3)..];
        var offset = reason.LastIndexOf(" (byte offset", StringComparison.Ordinal);
        return offset < 0 ? reason : reason[..offset];
    }
}
