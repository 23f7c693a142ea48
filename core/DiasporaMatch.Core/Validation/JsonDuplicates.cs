using System.Text.Json;

namespace DiasporaMatch.Validation;

/// <summary>
/// Finds a property named twice in one JSON object. System.Text.Json keeps both and readers disagree on which
/// wins, so a record that says two things is refused rather than guessed at.
/// </summary>
public static class JsonDuplicates
{
    /// <summary>The JSON path of the first repeated property (<c>languages[1].code</c>), or null when there is none.</summary>
    public static string? FindFirst(JsonElement element) => Find(element, "")?.Path;

    /// <summary>The field error naming the repeated property, or null when there is none.</summary>
    public static FieldError? Check(JsonElement element) =>
        Find(element, "") is { } found ? new FieldError(found.Path, $"\"{TextChecks.Shorten(found.Name)}\" appears more than once in the same object") { Code = "duplicateField" } : null;

    private static (string Path, string Name)? Find(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                HashSet<string>? seen = null;
                foreach (var property in element.EnumerateObject())
                {
                    var childPath = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    if (!(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(property.Name))
                    {
                        return (childPath, property.Name);
                    }

                    if (Find(property.Value, childPath) is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, $"{path}[{index++}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
