using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DiasporaMatch.Reference;

namespace DiasporaMatch.Ranking;

/// <summary>
/// The reasons' wording in each language the product speaks (<c>data/reference/reasons.json</c>), with language,
/// region and sector codes shown by their names from the reference data. The API renders with it in the caller's
/// language and serves it to the web UI, so both say the same thing.
/// </summary>
public sealed class ReasonCatalogue
{
    public const string DefaultLanguage = "en";
    public const string FileName = "reasons.json";

    /// <summary>Separates the items of a list argument (the kinds of support met).</summary>
    public const char ListSeparator = '\n';

    private static readonly Lazy<ReasonCatalogue> BundledCatalogue = new(() => Load(ReferenceData.Load(DataPaths.ReferenceFolder), DataPaths.ReferenceFolder));

    private readonly FrozenDictionary<string, Entry> _reasons;
    private readonly FrozenDictionary<string, IReadOnlyDictionary<string, string>> _levels;
    private readonly ReferenceData _reference;
    private readonly FrozenDictionary<string, string> _and;

    private ReasonCatalogue(
        IReadOnlyList<string> languages,
        FrozenDictionary<string, Entry> reasons,
        FrozenDictionary<string, IReadOnlyDictionary<string, string>> levels,
        FrozenDictionary<string, IReadOnlyDictionary<string, string>> stages,
        FrozenDictionary<string, string> and,
        ReferenceData reference)
    {
        _and = and;
        Languages = languages;
        _reasons = reasons;
        _levels = levels;
        StageNames = stages;
        _reference = reference;
    }

    /// <summary>Investment stage code → names per language (the reference route serves them to the web UI).</summary>
    public FrozenDictionary<string, IReadOnlyDictionary<string, string>> StageNames { get; }

    /// <summary>The catalogue shipped with the product.</summary>
    public static ReasonCatalogue Bundled => BundledCatalogue.Value;

    /// <summary>The languages every reason is written in.</summary>
    public IReadOnlyList<string> Languages { get; }

    public static ReasonCatalogue Load(ReferenceData reference, string referenceFolder)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(referenceFolder, FileName)));
        var root = doc.RootElement;
        var languages = root.GetProperty("languages").EnumerateArray().Select(l => l.GetString()!).ToArray();
        var levels = root.GetProperty("levels").EnumerateObject().ToFrozenDictionary(
            l => l.Name,
            l => (IReadOnlyDictionary<string, string>)l.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!));
        var stages = root.TryGetProperty("stages", out var stageNames)
            ? stageNames.EnumerateObject().ToFrozenDictionary(
                l => l.Name,
                l => (IReadOnlyDictionary<string, string>)l.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!))
            : FrozenDictionary<string, IReadOnlyDictionary<string, string>>.Empty;
        var and = root.TryGetProperty("and", out var words)
            ? words.EnumerateObject().ToFrozenDictionary(w => w.Name, w => w.Value.GetString()!)
            : FrozenDictionary<string, string>.Empty;
        var reasons = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var reason in root.GetProperty("reasons").EnumerateObject())
        {
            var count = reason.Value.TryGetProperty("count", out var c) ? c.GetString() : null;
            var forms = new Dictionary<string, (string One, string Other)>(StringComparer.Ordinal);
            foreach (var language in languages)
            {
                // A missing language is a broken data file: fail at load, not with a blank reason in front of a user.
                var text = reason.Value.TryGetProperty(language, out var t)
                    ? t
                    : throw new InvalidDataException($"{FileName}: reason {reason.Name} has no {language} text");
                forms[language] = text.ValueKind == JsonValueKind.String
                    ? (text.GetString()!, text.GetString()!)
                    : (text.GetProperty("one").GetString()!, text.GetProperty("other").GetString()!);
            }

            reasons[reason.Name] = new Entry(count, forms.ToFrozenDictionary(StringComparer.Ordinal));
        }

        return new ReasonCatalogue(languages, reasons.ToFrozenDictionary(StringComparer.Ordinal), levels, stages, and, reference);
    }

    /// <summary>The language of <paramref name="requested"/> the catalogue speaks ("fr-BE" → "fr"), else English.</summary>
    public string Supported(string? requested)
    {
        var primary = requested?.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary is not null && Languages.Contains(primary) ? primary : DefaultLanguage;
    }

    public IReadOnlyList<string> Render(IEnumerable<Reason> reasons, string language) => reasons.Select(r => Render(r, language)).ToArray();

    /// <summary>The reason in <paramref name="language"/> (English when the catalogue does not speak it); an unknown code shows as itself.</summary>
    public string Render(Reason reason, string language)
    {
        if (!_reasons.TryGetValue(reason.Code, out var entry))
        {
            return reason.Code;
        }

        language = Supported(language);
        var (one, other) = entry.Forms[language];
        var template = entry.Count is { } count && reason.Args.TryGetValue(count, out var n) && n == "1" ? one : other;
        var text = new StringBuilder(template);
        foreach (var (name, value) in reason.Args)
        {
            text.Replace("{" + name + "}", Show(name, value, language));
        }

        return text.ToString();
    }

    private string Show(string argument, string value, string language) => argument switch
    {
        "language" => NameIn(_reference.LanguageNames, value, language),
        "region" => NameIn(_reference.RegionNames, value, language),
        "sector" => NameIn(_reference.SectorNames, value, language),
        "level" or "required" => NameIn(_levels, value, language),
        "stage" => NameIn(StageNames, value, language),
        "support" => List(value.Split(ListSeparator).Select(item => Support(item, language)).ToArray(), language),
        "amount" or "min" or "max" => Euros(value, language),
        "from" or "to" => Date(value, language),
        _ => value,
    };

    /// <summary>
    /// A date as the language writes it ("1 March 2027", "1 mars 2027"); in Arabic as digits isolated from the
    /// sentence (U+2068…U+2069, the plain-text &lt;bdi&gt;) so the right-to-left line does not reorder them.
    /// </summary>
    private static string Date(string value, string language)
    {
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return value;
        }

        return language == "ar"
            ? "\u2068" + value + "\u2069"
            : date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(language));
    }

    /// <summary>"a, b and c" with the language's word for "and" (Arabic joins it to the last item).</summary>
    private string List(string[] items, string language)
    {
        if (items.Length == 1)
        {
            return items[0];
        }

        var and = _and.TryGetValue(language, out var word) ? word : "and";
        var last = language == "ar" ? and + items[^1] : and + " " + items[^1];
        return string.Join(", ", items[..^1]) + " " + last;
    }

    /// <summary>A kind of support by its first label in the language; a phrase of no known kind as the investor wrote it.</summary>
    private static string Support(string item, string language) =>
        SupportVocabulary.Bundled.Kinds.FirstOrDefault(k => k.Name == item) is { } kind
            && kind.Labels.TryGetValue(language, out var labels) && labels.Count > 0
            ? labels[0]
            : item;

    /// <summary>Euros with the language's digit grouping ("€80,000", "80 000 €"); an open bound as "…".</summary>
    private static string Euros(string value, string language)
    {
        if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return "…";
        }

        var culture = CultureInfo.GetCultureInfo(language == "ar" ? "fr" : language);
        var number = amount.ToString("#,0", culture);
        return language == DefaultLanguage ? "€" + number : number + "\u00a0€";
    }

    private static string NameIn(FrozenDictionary<string, IReadOnlyDictionary<string, string>> names, string code, string language) =>
        names.TryGetValue(code, out var byLanguage) && (byLanguage.TryGetValue(language, out var name) || byLanguage.TryGetValue(DefaultLanguage, out name))
            ? name
            : code;

    private sealed record Entry(string? Count, FrozenDictionary<string, (string One, string Other)> Forms);
}
