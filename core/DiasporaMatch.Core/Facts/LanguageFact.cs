using System.Text.Json.Serialization;

namespace DiasporaMatch.Facts;

/// <summary>A language with its CEFR level and that level's rank (A1 = 0 … native = 6; -1 when not stated).</summary>
public sealed record LanguageFact(
    [property: JsonConverter(typeof(SharedStringConverter))] string Code,
    [property: JsonConverter(typeof(SharedStringConverter))] string? Level,
    int Rank);
