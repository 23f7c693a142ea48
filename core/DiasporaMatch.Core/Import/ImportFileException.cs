namespace DiasporaMatch.Import;

/// <summary>The file as a whole cannot be read (unknown kind, bad CSV header): nothing from it lands.</summary>
public sealed class ImportFileException(string message) : Exception(message);
