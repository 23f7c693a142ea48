namespace DiasporaMatch.Taxonomy;

/// <summary>
/// A concept found for a phrase. <see cref="Label"/> is the label that matched (in <see cref="Language"/>),
/// which explains the score; use <see cref="Concept.Label"/> for the display name.
/// <see cref="Score"/> is a confidence in 0..1: 1 for the concept URI itself or a label equal to the phrase
/// after folding (case, accents, punctuation, Arabic letter variants); otherwise at most 0.95, from how
/// much of the phrase and the label overlap in words, stems and character trigrams (see <see cref="ConceptResolver"/>).
/// </summary>
public sealed record ConceptMatch(string Uri, string Label, string Language, double Score);
