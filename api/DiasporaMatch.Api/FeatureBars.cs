using System.Text.Json;
using System.Text.Json.Serialization;
using DiasporaMatch.Ranking;

namespace DiasporaMatch.Api;

/// <summary>
/// A result's feature values as the JSON object staff's bars read (<c>{"name": value}</c> in schema order,
/// four decimals), written straight from the vector: no dictionary per result.
/// </summary>
[JsonConverter(typeof(Converter))]
internal sealed record FeatureBars(float[] Values)
{
    internal sealed class Converter : JsonConverter<FeatureBars>
    {
        public override FeatureBars Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Feature bars are written, never read.");

        public override void Write(Utf8JsonWriter writer, FeatureBars value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            var names = FeatureSchema.Names;
            for (var i = 0; i < Math.Min(names.Count, value.Values.Length); i++)
            {
                writer.WriteNumber(names[i], Math.Round(value.Values[i], 4));
            }

            writer.WriteEndObject();
        }
    }
}
