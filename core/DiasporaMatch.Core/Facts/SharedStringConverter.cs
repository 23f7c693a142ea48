using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiasporaMatch.Facts;

/// <summary>Reads a string of the facts' vocabulary (a concept URI, a code) as its <see cref="SharedStrings"/> instance.</summary>
internal sealed class SharedStringConverter : JsonConverter<string>
{
    private const int MaxStackChars = 256;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : Shared(ref reader);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>An array of such strings, for the list converters.</summary>
    internal static string[] ReadArray(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("expected an array of strings");
        }

        var values = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.TokenType == JsonTokenType.String ? Shared(ref reader) : throw new JsonException("expected a string"));
        }

        return [.. values];
    }

    internal static void WriteArray(Utf8JsonWriter writer, IEnumerable<string> values)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string Shared(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxStackChars)
        {
            return SharedStrings.Of(reader.GetString());
        }

        Span<char> chars = stackalloc char[MaxStackChars]; // UTF-8 never decodes to more chars than it has bytes
        return SharedStrings.Of(chars[..reader.CopyString(chars)]);
    }
}
