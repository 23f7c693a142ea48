using System.Text.Json;

namespace DiasporaMatch.Validation;

public sealed class BooleanRule : FieldRule
{
    public static readonly BooleanRule Instance = new();

    public override void Validate(JsonElement value, string path, ValidationResult result)
    {
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            result.Add(path, $"must be true or false, not {Describe(value.ValueKind)}", "wrongType");
        }
    }
}
