using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiasporaMatch.Facts;

/// <summary>A <c>string[]</c> of the facts' vocabulary (sorted URIs), read as <see cref="SharedStrings"/> instances.</summary>
internal sealed class SharedStringArrayConverter : JsonConverter<string[]>
{
    public override string[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => SharedStringConverter.ReadArray(ref reader);

    public override void Write(Utf8JsonWriter writer, string[] value, JsonSerializerOptions options) => SharedStringConverter.WriteArray(writer, value);
}
