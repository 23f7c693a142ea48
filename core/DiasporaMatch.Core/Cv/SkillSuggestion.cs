namespace DiasporaMatch.Cv;

/// <summary>
/// A taxonomy skill found in a CV: the concept, its display label in the asked language, the CV phrase that
/// matched it and the resolver's confidence. The expert confirms or drops it; nothing is saved until they do.
/// </summary>
public sealed record SkillSuggestion(string Uri, string Label, string Matched, double Score);
