namespace DiasporaMatch.Programme;

/// <summary>
/// One export, whatever its format: the period and filters it was asked with (<see cref="Parameters"/>, written in
/// the file's header block or first sheet), then a table. Cells are strings, numbers or null; every string is
/// already neutralised (<see cref="ExportWriter.Neutralise"/>).
/// </summary>
public sealed record ExportDocument(
    ExportKind Kind,
    IReadOnlyList<KeyValuePair<string, string>> Parameters,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>The kind's name, lower case, as in the route and file name.</summary>
    public string Name => Kind.ToString().ToLowerInvariant();

    /// <summary>The document with every text cell and parameter value neutralised.</summary>
    public static ExportDocument Of(ExportKind kind, IReadOnlyList<KeyValuePair<string, string>> parameters, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows) =>
        new(
            kind,
            [.. parameters.Select(p => new KeyValuePair<string, string>(p.Key, ExportWriter.Neutralise(p.Value)))],
            columns,
            [.. rows.Select(r => (IReadOnlyList<object?>)[.. r.Select(c => c is string text ? ExportWriter.Neutralise(text) : c)])]);
}
