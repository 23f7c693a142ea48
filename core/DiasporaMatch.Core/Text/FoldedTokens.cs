using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace DiasporaMatch.Text;

/// <summary>
/// A short phrase as comparable tokens in any of the supported languages: lower case, accents and Arabic
/// letter variants folded, the Arabic article and stop words dropped, a plural "s" cut — so "Accès aux
/// marchés" and "acces au marche" give the same tokens.
/// </summary>
public static class FoldedTokens
{
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "and", "for", "in", "of", "on", "or", "the", "to", "with",
        "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "pour", "un", "une",
        "een", "het", "met", "op", "tot", "van", "voor",
        "الي", "علي", "في", "من", "و", // folded forms of إلى, على…
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string[] Of(string? phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return [];
        }

        var tokens = new List<string>();
        var token = new StringBuilder();
        foreach (var c in phrase.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark || c == '\u0640')
            {
                // Accents, Arabic short vowels and hamza marks, tatweel: folded away.
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                token.Append(c switch { 'ة' => 'ه', 'ى' => 'ي', _ => c });
            }
            else
            {
                Add(tokens, token);
            }
        }

        Add(tokens, token);
        return [.. tokens];
    }

    private static void Add(List<string> tokens, StringBuilder token)
    {
        if (token.Length == 0)
        {
            return;
        }

        var text = token.ToString();
        token.Clear();
        if (text.Length > 3 && text.StartsWith("ال", StringComparison.Ordinal))
        {
            text = text[2..];
        }
        else if (text.Length > 3 && text[^1] == 's')
        {
            text = text[..^1];
        }

        if (!StopWords.Contains(text))
        {
            tokens.Add(text);
        }
    }
}
