using System.Text.Json;

namespace DiasporaMatch.Validation;

/// <summary>
/// JSON may escape a lone surrogate (<c>"\uD800"</c>), which is valid JSON text but no valid string: reading
/// it throws. These readers turn that into a plain "no" so hostile input never becomes a 500.
/// </summary>
public static class SafeJson
{
    public const string BrokenText = "holds an unpaired surrogate (invalid UTF-16)";

    public static bool TryGetString(JsonElement element, out string text)
    {
        text = "";
        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        try
        {
            text = element.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public static bool TryGetName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = "";
            return false;
        }
    }

    /// <summary>The string property's value, or null when absent, not a string, or not valid text.</summary>
    public static string? GetStringOrNull(JsonElement obj, string property) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(property, out var value) && TryGetString(value, out var text) ? text : null;
}
