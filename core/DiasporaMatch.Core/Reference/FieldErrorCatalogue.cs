using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Validation;

namespace DiasporaMatch.Reference;

/// <summary>
/// Field errors worded in each language the product speaks (<c>data/reference/field-errors.json</c>), by the stable
/// code a rule gives its <see cref="FieldError"/>. The API answers a 400's errors in the reader's language with it, and
/// the web UI shows what the API wrote, so both say the same thing.
/// </summary>
public sealed class FieldErrorCatalogue
{
    public const string FileName = "field-errors.json";
    public const string DefaultLanguage = "en";

    private static readonly Lazy<FieldErrorCatalogue> BundledCatalogue = new(() => Load(DataPaths.ReferenceFolder));

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _errors;
    private readonly FrozenDictionary<string, string> _title;

    private FieldErrorCatalogue(IReadOnlyList<string> languages, FrozenDictionary<string, string> title, FrozenDictionary<string, FrozenDictionary<string, string>> errors)
    {
        Languages = languages;
        _title = title;
        _errors = errors;
    }

    public static FieldErrorCatalogue Bundled => BundledCatalogue.Value;

    public IReadOnlyList<string> Languages { get; }

    /// <summary>Every code the file words.</summary>
    public IEnumerable<string> Codes => _errors.Keys;

    public static FieldErrorCatalogue Load(string referenceFolder)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(referenceFolder, FileName)));
        var root = doc.RootElement;
        var languages = root.GetProperty("languages").EnumerateArray().Select(l => l.GetString()!).ToArray();
        FrozenDictionary<string, string> Texts(JsonElement element, string what) => languages.ToFrozenDictionary(
            l => l,
            l => element.TryGetProperty(l, out var text) ? text.GetString()! : throw new InvalidDataException($"{FileName}: {what} has no {l} text"),
            StringComparer.Ordinal);
        var errors = root.GetProperty("errors").EnumerateObject().ToFrozenDictionary(e => e.Name, e => Texts(e.Value, e.Name), StringComparer.Ordinal);
        if (!errors.ContainsKey(FieldErrorCodes.Invalid))
        {
            throw new InvalidDataException($"{FileName}: no {FieldErrorCodes.Invalid} entry");
        }

        return new FieldErrorCatalogue(languages, Texts(root.GetProperty("title"), "title"), errors);
    }

    /// <summary>The language of <paramref name="requested"/> the file speaks ("fr-BE" → "fr"), else English.</summary>
    public string Supported(string? requested)
    {
        var primary = requested?.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary is not null && Languages.Contains(primary) ? primary : DefaultLanguage;
    }

    public string Title(string language) => _title[Supported(language)];

    /// <summary>
    /// The error in <paramref name="language"/>: its code's wording with the arguments put in. An error the file cannot
    /// word keeps its English message in English and reads as <see cref="FieldErrorCodes.Invalid"/> in the other languages.
    /// </summary>
    public string Render(FieldError error, string language)
    {
        language = Supported(language);
        if (error.Code is not { } code || code == FieldErrorCodes.Invalid || !_errors.TryGetValue(code, out var texts))
        {
            return language == DefaultLanguage ? error.Message : _errors[FieldErrorCodes.Invalid][language];
        }

        var text = new StringBuilder(texts[language]);
        foreach (var (name, value) in error.Args ?? new Dictionary<string, string>())
        {
            text.Replace("{" + name + "}", value);
        }

        return text.ToString();
    }
}
