using System.Text.Json;

namespace DiasporaMatch.Validation;

/// <summary>An array with a bounded number of items, each checked by the item rule.</summary>
public sealed class ArrayRule(FieldRule item, int maxItems, int minItems = 0) : FieldRule
{
    public FieldRule Item => item;

    public override void Validate(JsonElement value, string path, ValidationResult result)
    {
        if (!Expect(value, JsonValueKind.Array, "an array", path, result))
        {
            return;
        }

        var count = value.GetArrayLength();
        if (count > maxItems)
        {
            result.Add(path, $"has {count} items; at most {maxItems} are allowed", "tooMany", ("count", count), ("max", maxItems));
            return;
        }

        if (count < minItems)
        {
            result.Add(path, $"needs at least {minItems} item{(minItems == 1 ? "" : "s")}", "tooFew", ("min", minItems));
        }

        var i = 0;
        foreach (var element in value.EnumerateArray())
        {
            item.Validate(element, ValidationResult.Index(path, i++), result);
        }
    }
}
