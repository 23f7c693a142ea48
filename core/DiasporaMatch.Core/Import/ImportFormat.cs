namespace DiasporaMatch.Import;

public enum ImportFormat
{
    JsonLines,
    Csv,
}
