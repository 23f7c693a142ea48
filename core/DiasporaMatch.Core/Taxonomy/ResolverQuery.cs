namespace DiasporaMatch.Taxonomy;

/// <summary>A phrase to resolve and the concept it means, in the language and kind it is resolved with.</summary>
public sealed record ResolverQuery(string Text, string Uri, ConceptKind Kind, string Language);
