using System.Text.Json;

namespace DiasporaMatch.Validation;

/// <summary>A number within [min, max]; integers only when asked.</summary>
public sealed class NumberRule(double min, double max, bool integer) : FieldRule
{
    public override void Validate(JsonElement value, string path, ValidationResult result)
    {
        if (!Expect(value, JsonValueKind.Number, integer ? "a whole number" : "a number", path, result))
        {
            return;
        }

        if (!value.TryGetDouble(out var number) || double.IsInfinity(number))
        {
            result.Add(path, "is not a usable number", "number");
            return;
        }

        if (integer && (!value.TryGetInt64(out _) || Math.Floor(number) != number))
        {
            result.Add(path, $"must be a whole number, not {value.GetRawText()}", "wholeNumber");
        }
        else if (number < min || number > max)
        {
            result.Add(path, $"{value.GetRawText()} is out of range ({min}..{max})", "outOfRange", ("min", min), ("max", max));
        }
    }
}
