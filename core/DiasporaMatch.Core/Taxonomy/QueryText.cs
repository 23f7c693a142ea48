using System.Globalization;
using System.Text;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// Makes arbitrary user text safe to analyse: bounded length, no lone surrogates, no invisible
/// format characters (bidi marks, zero-width joiners), compatibility forms unified (NFKC).
/// It never interprets the text: Lucene syntax characters stay ordinary punctuation.
/// </summary>
internal static class QueryText
{
    /// <summary>Longer than any taxonomy label: a longer phrase is cut at a word boundary.</summary>
    public const int MaxChars = 256;

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Bound the work first: only the beginning can fit in the final result anyway.
        var span = text.AsSpan(0, Math.Min(text.Length, MaxChars * 4));
        var builder = new StringBuilder(span.Length);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                builder.Append(c).Append(span[++i]);
                continue;
            }

            if (char.IsSurrogate(c) || char.IsControl(c) || char.IsWhiteSpace(c))
            {
                builder.Append(' ');
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                builder.Append(c);
            }
        }

        var normalised = builder.ToString().Normalize(NormalizationForm.FormKC);
        var collapsed = string.Join(' ', normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return Truncate(collapsed);
    }

    private static string Truncate(string text)
    {
        if (text.Length <= MaxChars)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxChars);
        if (cut < MaxChars / 2)
        {
            cut = char.IsLowSurrogate(text[MaxChars]) ? MaxChars - 1 : MaxChars;
        }

        return text[..cut].TrimEnd();
    }
}
