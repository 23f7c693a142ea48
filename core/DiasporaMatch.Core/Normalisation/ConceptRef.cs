namespace DiasporaMatch.Normalisation;

/// <summary>A phrase as written and the taxonomy concept it resolved to (null when none was confident enough).</summary>
public sealed record ConceptRef(string Phrase, string? Uri, double Confidence);
