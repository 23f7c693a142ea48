using DiasporaMatch.Facts;

namespace DiasporaMatch.Ranking;

/// <summary>A required language and the expert's skill in it (null when the expert does not meet the level).</summary>
public sealed record LanguageEvidence(LanguageFact Required, LanguageFact? Held);
