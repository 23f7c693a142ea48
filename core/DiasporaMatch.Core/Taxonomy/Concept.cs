namespace DiasporaMatch.Taxonomy;

/// <summary>
/// One taxonomy concept. Labels are keyed by ISO 639-1 language code; alternative labels
/// include ESCO hidden labels (misspellings, old forms) because they help resolve user text.
/// </summary>
public sealed class Concept
{
    internal Concept(
        string uri,
        ConceptKind kind,
        IReadOnlyDictionary<string, string> preferredLabels,
        IReadOnlyDictionary<string, IReadOnlyList<string>> altLabels,
        IReadOnlyList<string> broader,
        IReadOnlyList<string> narrower,
        string? iscoCode,
        IReadOnlyList<string> sectors)
    {
        Uri = uri;
        Kind = kind;
        PreferredLabels = preferredLabels;
        AltLabels = altLabels;
        Broader = broader;
        Narrower = narrower;
        IscoCode = iscoCode;
        Sectors = sectors;
    }

    public string Uri { get; }

    public ConceptKind Kind { get; }

    public IReadOnlyDictionary<string, string> PreferredLabels { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> AltLabels { get; }

    public IReadOnlyList<string> Broader { get; }

    public IReadOnlyList<string> Narrower { get; }

    /// <summary>ISCO-08 code: the unit group of an occupation, the code of an ISCO group.</summary>
    public string? IscoCode { get; }

    public IReadOnlyList<string> Sectors { get; }

    /// <summary>The preferred label in <paramref name="language"/>, else English, else any.</summary>
    public string Label(string? language = null)
    {
        if (language is not null && PreferredLabels.TryGetValue(language, out var label))
        {
            return label;
        }

        if (PreferredLabels.TryGetValue("en", out var english))
        {
            return english;
        }

        return PreferredLabels.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).FirstOrDefault() ?? Uri;
    }

    public override string ToString() => $"{Kind} {Uri} ({Label()})";
}
