namespace DiasporaMatch.Text;

/// <summary>The CSV text itself is broken (not a single bad value): reading cannot go on.</summary>
public sealed class CsvFormatException(long line, string reason)
    : FormatException($"line {line}: {reason}")
{
    public long Line { get; } = line;

    public string Reason { get; } = reason;
}
