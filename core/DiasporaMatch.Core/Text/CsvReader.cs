using System.Text;

namespace DiasporaMatch.Text;

/// <summary>
/// Streaming RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
/// Records are yielded one at a time so a file of any size never sits in memory.
/// </summary>
public sealed class CsvReader
{
    private readonly TextReader _reader;
    private readonly char _separator;
    private readonly int _maxFieldLength;
    private long _line = 1;

    public CsvReader(TextReader reader, char separator = ',', int maxFieldLength = 1 << 20)
    {
        _reader = reader;
        _separator = separator;
        _maxFieldLength = maxFieldLength;
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
        if (_reader.Peek() < 0)
        {
            return false;
        }

        var startLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStarted = false;
        while (true)
        {
            var c = _reader.Read();
            if (c < 0)
            {
                if (quoted)
                {
                    throw new CsvFormatException(startLine, "a quoted field is not closed before the end of the file");
                }

                fields.Add(field.ToString());
                break;
            }

            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        _reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        _line++;
                    }

                    field.Append(ch);
                }
            }
            else if (ch == '"' && !fieldStarted)
            {
                quoted = true;
                fieldStarted = true;
            }
            else if (ch == _separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
            }
            else if (ch == '\r' && _reader.Peek() == '\n')
            {
                continue;
            }
            else if (ch == '\n')
            {
                _line++;
                fields.Add(field.ToString());
                break;
            }
            else
            {
                field.Append(ch);
                fieldStarted = true;
            }

            if (field.Length > _maxFieldLength)
            {
                throw new CsvFormatException(startLine, $"a field is longer than {_maxFieldLength} characters");
            }
        }

        record = new CsvRecord(startLine, fields);
        return true;
    }
}
