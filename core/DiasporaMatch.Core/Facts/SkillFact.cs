namespace DiasporaMatch.Facts;

/// <summary>A skill phrase, its concept when resolved, and its folded tokens for phrase overlap when not.</summary>
public sealed record SkillFact(string Phrase, string? Uri, IReadOnlyList<string> Tokens);
