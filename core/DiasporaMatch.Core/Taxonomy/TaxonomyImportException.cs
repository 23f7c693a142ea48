namespace DiasporaMatch.Taxonomy;

/// <summary>A taxonomy file cannot be imported: which file, which line (1-based; 0 for the file as a whole) and why.</summary>
public sealed class TaxonomyImportException : Exception
{
    public TaxonomyImportException(string file, long line, string reason, Exception? inner = null)
        : base($"{file}:{line}: {reason}", inner)
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    public string File { get; }

    public long Line { get; }

    public string Reason { get; }
}
