using System.Text.Json;

namespace DiasporaMatch.TestSupport;

public static class Json
{
    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
