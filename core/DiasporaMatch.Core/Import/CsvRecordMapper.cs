using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Import;

/// <summary>
/// Turns CSV rows into the JSON records the validator knows. Columns are field names, nested ones dotted
/// (<c>window.from</c>); lists are <c>;</c>-separated; languages read <c>fr:C2;ar:native</c> and date ranges
/// <c>2027-03-01/2027-04-15</c>. Values that do not convert stay text, so the validator names the problem.
/// </summary>
public sealed class CsvRecordMapper
{
    private readonly (string[] Path, FieldRule Rule)[] _columns;

    public CsvRecordMapper(ObjectRule schema, IReadOnlyList<string> header, string kind)
    {
        var columns = new List<(string[], FieldRule)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in header)
        {
            var name = raw.Trim().TrimStart('\uFEFF');
            if (!seen.Add(name))
            {
                throw new ImportFileException($"column \"{TextChecks.Shorten(name)}\" appears twice in the header");
            }

            var path = name.Split('.');
            FieldRule? rule = schema;
            foreach (var part in path)
            {
                rule = (rule as ObjectRule)?.FieldRule(part);
            }

            if (rule is null or ObjectRule)
            {
                throw new ImportFileException($"column \"{TextChecks.Shorten(name)}\" is not a field of {kind} (fields: {string.Join(", ", schema.FieldNames)})");
            }

            columns.Add((path, rule));
        }

        _columns = [.. columns];
    }

    public int ColumnCount => _columns.Length;

    public JsonElement Map(IReadOnlyList<string> fields)
    {
        var root = new JsonObject();
        for (var i = 0; i < _columns.Length && i < fields.Count; i++)
        {
            var cell = fields[i].Trim();
            if (cell.Length == 0)
            {
                continue;
            }

            var (path, rule) = _columns[i];
            var parent = root;
            foreach (var part in path[..^1])
            {
                parent = parent[part] as JsonObject ?? (JsonObject)(parent[part] = new JsonObject());
            }

            parent[path[^1]] = Convert(cell, rule);
        }

        return JsonSerializer.SerializeToElement(root);
    }

    private static JsonNode? Convert(string cell, FieldRule rule) => rule switch
    {
        ArrayRule { Item: ObjectRule item } => new JsonArray([.. Split(cell).Select(part => ToObject(part, item))]),
        ArrayRule { Item: NumberRule } => new JsonArray([.. Split(cell).Select(part => Scalar(part, new NumberRule(0, 0, false)))]),
        ArrayRule => new JsonArray([.. Split(cell).Select(part => (JsonNode?)JsonValue.Create(part))]),
        _ => Scalar(cell, rule),
    };

    private static JsonNode? Scalar(string cell, FieldRule rule) => rule switch
    {
        NumberRule when double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        BooleanRule when cell.ToLowerInvariant() is "true" or "yes" or "1" => JsonValue.Create(true),
        BooleanRule when cell.ToLowerInvariant() is "false" or "no" or "0" => JsonValue.Create(false),
        _ => JsonValue.Create(cell),
    };

    private static JsonNode? ToObject(string part, ObjectRule item)
    {
        var names = item.FieldNames.ToList();
        if (names.Contains("code"))
        {
            var pieces = part.Split(':', 2, StringSplitOptions.TrimEntries);
            var language = new JsonObject { ["code"] = pieces[0] };
            if (pieces.Length == 2 && pieces[1].Length > 0)
            {
                language["level"] = pieces[1];
            }

            return language;
        }

        var range = part.Split('/', 2, StringSplitOptions.TrimEntries);
        return new JsonObject { ["from"] = range[0], ["to"] = range.Length == 2 ? range[1] : range[0] };
    }

    private static IEnumerable<string> Split(string cell) =>
        cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
