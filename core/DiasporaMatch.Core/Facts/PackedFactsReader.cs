using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiasporaMatch.Facts;

/// <summary>
/// Reads stored <see cref="ExpertFacts"/> straight into their packed form, so a profile index
/// (<c>LuceneIndex&lt;PackedFacts&gt;</c>) keeps only that in memory. Packed facts are never written: what is stored
/// is the expert facts they come from.
/// </summary>
internal sealed class PackedFactsReader : JsonConverter<PackedFacts>
{
    public override PackedFacts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        (JsonSerializer.Deserialize<ExpertFacts>(ref reader, options) ?? throw new JsonException("expected expert facts")).Packed;

    public override void Write(Utf8JsonWriter writer, PackedFacts value, JsonSerializerOptions options) =>
        throw new NotSupportedException("packed facts are not stored: store the expert facts they come from");
}
