using System.Text.Json;

namespace DiasporaMatch.Validation;

/// <summary>Checks one JSON value and reports what is wrong with it; never throws on bad input.</summary>
public abstract class FieldRule
{
    public abstract void Validate(JsonElement value, string path, ValidationResult result);

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    internal static bool Expect(JsonElement value, JsonValueKind kind, string expected, string path, ValidationResult result)
    {
        if (value.ValueKind == kind)
        {
            return true;
        }

        result.Add(path, $"must be {expected}, not {Describe(value.ValueKind)}", "wrongType");
        return false;
    }
}
