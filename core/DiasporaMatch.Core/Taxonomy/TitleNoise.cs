using System.Globalization;
using System.Text;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// Turns a clean taxonomy label into what a job posting or a CV might say (docs/resolver-dev-set.md).
/// Each operation fires on its own with its probability; when none fired, one is forced, so no query
/// is a label verbatim. Occupation-only operations (gender markers, contract, seniority, employer and
/// place) are not applied to skills. Deterministic for a seed and the same sequence of calls.
/// </summary>
public sealed class TitleNoise(int seed)
{
    private static readonly Dictionary<string, string[]> GenderMarkers = new(StringComparer.Ordinal)
    {
        ["en"] = ["(m/f)", "(m/f/d)", "(all genders)", "M/F"],
        ["fr"] = ["(H/F)", "H/F", "(F/H)", "H/F/X", "(h/f)"],
        ["nl"] = ["m/v/x", "(m/v)", "(m/v/x)", "M/V", "(v/m/x)"],
    };

    private static readonly Dictionary<string, string[]> Contract = new(StringComparer.Ordinal)
    {
        ["en"] = ["senior", "junior", "Sr.", "Jr.", "trainee", "intern", "(part-time)", "full-time", "contract", "temporary"],
        ["fr"] = ["senior", "junior", "stagiaire", "CDI", "CDD", "intérim", "alternance", "confirmé", "temps partiel"],
        ["nl"] = ["senior", "junior", "stagiair", "deeltijds", "voltijds", "interim", "tijdelijk", "medior"],
        ["ar"] = ["متدرب", "مؤقت", "دوام جزئي"],
    };

    private static readonly string[] Places =
        ["Paris", "Lyon", "Lille", "Bruxelles", "Antwerpen", "Gent", "Rotterdam", "Utrecht", "London", "Leeds",
         "Casablanca", "Rabat", "Tanger", "Agadir", "Groupe Atlas", "Nordline Ltd", "Van Dijk BV", "Clinique Saint-Luc"];

    private static readonly Dictionary<string, (string Word, string Short)[]> Abbreviations = new(StringComparer.Ordinal)
    {
        ["en"] = [("developer", "dev"), ("manager", "mgr"), ("information technology", "IT"), ("human resources", "HR"),
                  ("assistant", "asst"), ("engineer", "eng"), ("administrator", "admin"), ("representative", "rep"),
                  ("department", "dept"), ("information and communication technology", "ICT"), ("senior", "sr")],
        ["fr"] = [("ressources humaines", "RH"), ("développeur", "dév"), ("développeuse", "dév"), ("technicien", "tech"),
                  ("directeur", "dir."), ("assistant", "assist."), ("informatique", "info"), ("responsable", "resp."),
                  ("administrateur", "admin")],
        ["nl"] = [("verpleegkundige", "vpk"), ("medewerker", "mdw"), ("informatie- en communicatietechnologie", "ICT"),
                  ("ontwikkelaar", "dev"), ("manager", "mgr"), ("human resources", "HR"), ("administratief", "admin.")],
    };

    private readonly Random _random = new(seed);

    /// <summary>A noisy version of <paramref name="label"/>; <paramref name="other"/> (another label of the same concept) may be joined to it.</summary>
    public string Apply(string label, string language, ConceptKind kind, string? other = null)
    {
        var text = label;
        var occupation = kind is ConceptKind.Occupation;
        var applied = 0;
        for (var attempt = 0; (applied == 0 || text == label) && attempt < 8; attempt++)
        {
            if (_random.NextDouble() < 0.25 && Abbreviate(ref text, language))
            {
                applied++;
            }

            if (_random.NextDouble() < 0.2 && Inflect(ref text, language))
            {
                applied++;
            }

            if (_random.NextDouble() < 0.15 && Reorder(ref text))
            {
                applied++;
            }

            if (_random.NextDouble() < 0.3 && Typo(ref text))
            {
                applied++;
            }

            if (other is not null && _random.NextDouble() < 0.12)
            {
                text = _random.Next(2) == 0 ? $"{text} / {other}" : $"{text} - {other}";
                applied++;
            }

            if (occupation && _random.NextDouble() < 0.3 && GenderMarkers.TryGetValue(language, out var markers))
            {
                text = $"{text} {Pick(markers)}";
                applied++;
            }

            if (occupation && _random.NextDouble() < 0.3 && Contract.TryGetValue(language, out var words))
            {
                var word = Pick(words);
                text = _random.Next(2) == 0 ? $"{word} {text}" : $"{text} {word}";
                applied++;
            }

            if (occupation && _random.NextDouble() < 0.2)
            {
                text = _random.Next(2) == 0 ? $"{text} - {Pick(Places)}" : $"{text} ({Pick(Places)})";
                applied++;
            }

            if (_random.NextDouble() < 0.35)
            {
                text = CaseAndAccents(text);
                applied++;
            }
        }

        // A label with nothing to change (no long word, no accent, no known abbreviation): still not verbatim.
        if (text != label)
        {
            return text;
        }

        var upper = label.ToUpperInvariant();
        return upper != label ? upper : label + ".";
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private bool Abbreviate(ref string text, string language)
    {
        if (!Abbreviations.TryGetValue(language, out var table))
        {
            return false;
        }

        var lower = text.ToLowerInvariant();
        var found = table.Where(a => lower.Contains(a.Word, StringComparison.Ordinal)).ToArray();
        if (found.Length == 0)
        {
            return false;
        }

        var (word, shortForm) = Pick(found);
        var at = lower.IndexOf(word, StringComparison.Ordinal);
        text = string.Concat(text.AsSpan(0, at), shortForm, text.AsSpan(at + word.Length));
        return true;
    }

    /// <summary>Plural of the head word, or a feminine form or marker in French and Dutch.</summary>
    private bool Inflect(ref string text, string language)
    {
        var words = text.Split(' ');
        var head = language == "en" ? words.Length - 1 : 0;
        var word = words[head];
        if (word.Length < 4 || !char.IsLetter(word[^1]))
        {
            return false;
        }

        words[head] = language switch
        {
            "fr" => _random.Next(4) switch
            {
                0 => word + "s",
                1 => word + "(e)",
                2 => word + "·e",
                _ => Feminine(word),
            },
            "nl" => _random.Next(3) switch
            {
                0 => word.EndsWith('e') ? word + "n" : word + "en",
                1 => word.EndsWith("er", StringComparison.Ordinal) ? word + "/ster" : word + "s",
                _ => word + "s",
            },
            _ => word.EndsWith('s') ? word : word + "s",
        };
        text = string.Join(' ', words);
        return true;
    }

    private static string Feminine(string word) =>
        word.EndsWith("teur", StringComparison.Ordinal) ? word[..^4] + "trice"
        : word.EndsWith("eur", StringComparison.Ordinal) ? word[..^3] + "euse"
        : word.EndsWith("ier", StringComparison.Ordinal) ? word[..^3] + "ière"
        : word.EndsWith("ien", StringComparison.Ordinal) ? word + "ne"
        : word + "e";

    private bool Reorder(ref string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }

        var i = _random.Next(words.Length - 1);
        (words[i], words[i + 1]) = (words[i + 1], words[i]);
        text = string.Join(' ', words);
        return true;
    }

    /// <summary>One edit in a word of five letters or more: a letter dropped, doubled, swapped with the next or replaced.</summary>
    private bool Typo(ref string text)
    {
        var words = text.Split(' ');
        var long5 = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 5 && words[i].All(char.IsLetter)).ToArray();
        if (long5.Length == 0)
        {
            return false;
        }

        var index = Pick(long5);
        var word = new StringBuilder(words[index]);
        var at = 1 + _random.Next(word.Length - 2);
        switch (_random.Next(4))
        {
            case 0:
                word.Remove(at, 1);
                break;
            case 1:
                word.Insert(at, word[at]);
                break;
            case 2:
                (word[at], word[at + 1]) = (word[at + 1], word[at]);
                break;
            default:
                word[at] = (char)('a' + _random.Next(26));
                break;
        }

        words[index] = word.ToString();
        text = string.Join(' ', words);
        return true;
    }

    private string CaseAndAccents(string text)
    {
        var choice = _random.Next(3);
        if (choice == 2)
        {
            text = string.Concat(text.Normalize(NormalizationForm.FormD)
                .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)).Normalize(NormalizationForm.FormC);
        }

        return choice == 0 ? text.ToUpperInvariant() : choice == 1 ? text.ToLowerInvariant() : text;
    }
}
