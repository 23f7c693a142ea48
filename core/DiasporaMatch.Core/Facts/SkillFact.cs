using System.Text.Json.Serialization;

namespace DiasporaMatch.Facts;

/// <summary>A skill phrase, its concept when resolved, and its folded tokens for phrase overlap when not.</summary>
public sealed record SkillFact(
    string Phrase,
    [property: JsonConverter(typeof(SharedStringConverter))] string? Uri,
    [property: JsonConverter(typeof(SharedStringListConverter))] IReadOnlyList<string> Tokens);
