using System.Text.Json;

namespace DiasporaMatch.Validation;

/// <summary>
/// An object with a closed set of fields: unknown fields are errors, required fields must be present,
/// and an optional cross-field check runs once every field is well-formed.
/// </summary>
public sealed class ObjectRule : FieldRule
{
    private readonly Dictionary<string, (FieldRule Rule, bool Required)> _fields = new(StringComparer.Ordinal);
    private readonly List<Action<JsonElement, string, ValidationResult>> _checks = [];

    public ObjectRule Required(string name, FieldRule rule)
    {
        _fields[name] = (rule, true);
        return this;
    }

    public ObjectRule Optional(string name, FieldRule rule)
    {
        _fields[name] = (rule, false);
        return this;
    }

    public ObjectRule Check(Action<JsonElement, string, ValidationResult> check)
    {
        _checks.Add(check);
        return this;
    }

    public IEnumerable<string> FieldNames => _fields.Keys;

    public FieldRule? FieldRule(string name) => _fields.TryGetValue(name, out var field) ? field.Rule : null;

    public override void Validate(JsonElement value, string path, ValidationResult result)
    {
        if (!Expect(value, JsonValueKind.Object, "an object", path, result))
        {
            return;
        }

        var before = result.Errors.Count;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (!SafeJson.TryGetName(property, out var name))
            {
                result.Add(path, "has a field name that " + SafeJson.BrokenText, "brokenText");
                continue;
            }

            var childPath = ValidationResult.Child(path, name);
            if (!seen.Add(name))
            {
                result.Add(childPath, "appears more than once", "duplicateField");
            }
            else if (!_fields.TryGetValue(name, out var field))
            {
                result.Add(childPath, "is not a known field", "unknownField");
            }
            else if (property.Value.ValueKind != JsonValueKind.Null || field.Required)
            {
                field.Rule.Validate(property.Value, childPath, result);
            }
        }

        foreach (var (name, field) in _fields)
        {
            if (field.Required && !seen.Contains(name))
            {
                result.Add(ValidationResult.Child(path, name), "is required", "required");
            }
        }

        if (result.Errors.Count == before)
        {
            foreach (var check in _checks)
            {
                check(value, path, result);
            }
        }
    }
}
