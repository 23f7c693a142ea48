namespace DiasporaMatch.Text;

/// <summary>One CSV record and the 1-based line it starts on (quoted fields may span lines).</summary>
public sealed record CsvRecord(long Line, IReadOnlyList<string> Fields);
