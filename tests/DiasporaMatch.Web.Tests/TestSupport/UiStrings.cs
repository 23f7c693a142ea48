using System.Text.Json;
using System.Text.RegularExpressions;

namespace DiasporaMatch.Web.TestSupport;

/// <summary>
/// The web UI's own catalogue (web/i18n/{lang}.json, as served): what a page must say is read from it, so a test checks
/// the page uses the right string in the right language without copying the wording.
/// </summary>
public sealed partial class UiStrings
{
    private readonly Dictionary<string, string> _strings;

    private UiStrings(Dictionary<string, string> strings) => _strings = strings;

    public static UiStrings Of(string language) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "web", "i18n", language + ".json")))!);

    public string this[string key] => _strings[key];

    /// <summary>The string with its {placeholders} filled, as the page's t() fills them.</summary>
    public string Format(string key, params (string Name, object Value)[] args)
    {
        var values = args.ToDictionary(a => a.Name, a => Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal);
        return Placeholder().Replace(_strings[key], m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
