using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiasporaMatch.Facts;

/// <summary>A list of the facts' vocabulary (codes, folded tokens), read as <see cref="SharedStrings"/> instances.</summary>
internal sealed class SharedStringListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => SharedStringConverter.ReadArray(ref reader);

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) => SharedStringConverter.WriteArray(writer, value);
}
