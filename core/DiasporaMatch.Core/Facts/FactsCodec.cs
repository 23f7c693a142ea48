using System.Text.Json;


namespace DiasporaMatch.Facts;

/// <summary>How facts are stored in an index entry: compact JSON (camelCase, nulls omitted).</summary>
public static class FactsCodec
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] Encode<T>(T facts) => JsonSerializer.SerializeToUtf8Bytes(facts, Options);

    public static T Decode<T>(ReadOnlySpan<byte> bytes) => JsonSerializer.Deserialize<T>(bytes, Options)!;
}
