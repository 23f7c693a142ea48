using System.Collections.Frozen;
using System.Text.Json;

namespace DiasporaMatch.Reference;

/// <summary>
/// Texts by language and key from a reference file (<c>{"languages": {"fr": {"key": "text"}, …}}</c>), so
/// translators edit data, not code. Every language must word exactly the first language's keys: a missing
/// translation fails when the file loads, not in a message someone receives. The first language is the default.
/// </summary>
internal sealed class TextTable
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _texts;

    private TextTable(IReadOnlyList<string> languages, FrozenDictionary<string, FrozenDictionary<string, string>> texts)
    {
        Languages = languages;
        _texts = texts;
    }

    /// <summary>The languages in file order; the first is the default.</summary>
    public IReadOnlyList<string> Languages { get; }

    public string DefaultLanguage => Languages[0];

    public static TextTable Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var name = Path.GetFileName(path);
        var tables = doc.RootElement.GetProperty("languages").EnumerateObject()
            .Select(l => (Language: l.Name, Texts: l.Value.EnumerateObject().ToFrozenDictionary(t => t.Name, t => t.Value.GetString() ?? "", StringComparer.Ordinal)))
            .ToArray();
        if (tables.Length == 0)
        {
            throw new InvalidDataException($"{name}: no language");
        }

        var keys = tables[0].Texts.Keys;
        foreach (var (language, texts) in tables[1..])
        {
            if (keys.FirstOrDefault(k => !texts.ContainsKey(k)) is { } missing)
            {
                throw new InvalidDataException($"{name}: {language} has no text for {missing}");
            }

            if (texts.Keys.FirstOrDefault(k => !tables[0].Texts.ContainsKey(k)) is { } extra)
            {
                throw new InvalidDataException($"{name}: {language} words {extra}, which {tables[0].Language} does not");
            }
        }

        return new TextTable([.. tables.Select(t => t.Language)], tables.ToFrozenDictionary(t => t.Language, t => t.Texts, StringComparer.Ordinal));
    }

    /// <summary>The language itself when the file words it; the default otherwise.</summary>
    public string LanguageOf(string? language) => language is not null && _texts.ContainsKey(language) ? language : DefaultLanguage;

    public string Get(string language, string key) => _texts[LanguageOf(language)][key];

    public string? Find(string language, string key) => _texts[LanguageOf(language)].GetValueOrDefault(key);
}
