using System.Text;

namespace DiasporaMatch.Import;

/// <summary>Reads lines without ever holding more than <c>maxChars</c> of one: an endless line is skipped, not buffered.</summary>
public sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    private readonly StringBuilder _line = new();

    public long LineNumber { get; private set; }

    /// <summary>False at the end; <paramref name="tooLong"/> is true when the line was cut and must be rejected.</summary>
    public bool TryRead(out string line, out bool tooLong)
    {
        _line.Clear();
        tooLong = false;
        line = "";
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (c == '\n')
            {
                break;
            }

            if (_line.Length < maxChars)
            {
                _line.Append((char)c);
            }
            else
            {
                tooLong = true;
            }
        }

        if (!any)
        {
            return false;
        }

        LineNumber++;
        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
        }

        line = tooLong ? "" : _line.ToString();
        return true;
    }
}
