namespace DiasporaMatch.Taxonomy;

/// <summary>One indexed label of a concept, with the forms the reranker compares against.</summary>
internal sealed record LabelEntry(
    string Uri,
    ConceptKind Kind,
    string Language,
    string Label,
    bool Preferred,
    string Folded,
    string[] FoldedTokens,
    string[] Stems);
