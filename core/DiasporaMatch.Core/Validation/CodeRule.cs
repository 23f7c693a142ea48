using System.Text.Json;

namespace DiasporaMatch.Validation;

/// <summary>A code from a closed list (country, language, sector, stage…), named in the error when it is not one.</summary>
public sealed class CodeRule(string what, Func<string, bool> isKnown) : FieldRule
{
    public CodeRule(string what, IEnumerable<string> codes)
        : this(what, codes.ToHashSet(StringComparer.Ordinal).Contains)
    {
    }

    public override void Validate(JsonElement value, string path, ValidationResult result)
    {
        if (!Expect(value, JsonValueKind.String, "a string", path, result))
        {
            return;
        }

        if (!SafeJson.TryGetString(value, out var code))
        {
            result.Add(path, SafeJson.BrokenText, "brokenText");
        }
        else if (code.Length > 64 || !isKnown(code))
        {
            result.Add(path, $"\"{TextChecks.Shorten(code)}\" is not {what}", "notInList", ("value", TextChecks.Shorten(code)));
        }
    }
}
