namespace DiasporaMatch.Taxonomy;

/// <summary>The mutable state of a concept while a <see cref="TaxonomyBuilder"/> collects it.</summary>
internal sealed class ConceptDraft(string uri, ConceptKind kind)
{
    public string Uri { get; } = uri;

    public ConceptKind Kind { get; } = kind;

    public Dictionary<string, string> PreferredLabels { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<string>> AltLabels { get; } = new(StringComparer.Ordinal);

    public List<string> Broader { get; } = [];

    public string? IscoCode { get; set; }

    public List<string> Sectors { get; } = [];
}
