namespace DiasporaMatch.Profiles;

/// <summary>An ISO 639-1 language and an optional CEFR level (A1…C2 or <c>native</c>).</summary>
public sealed record LanguageSkill(string Code, string? Level = null);
