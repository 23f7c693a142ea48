using System.Globalization;
using System.Text;

namespace DiasporaMatch.Text;

/// <summary>
/// Makes user text safe to analyse, in one of two <see cref="CleanMode"/>s. It never interprets the text:
/// queries are built from tokens as objects, so no text can change a query's structure.
/// </summary>
public static class TextCleaner
{
    /// <summary>Longest text analysed for a query or an index field; the rest adds cost, not meaning.</summary>
    public const int MaxWordsChars = 16_384;

    /// <summary>Longer than any taxonomy label: a longer phrase is cut at a word boundary.</summary>
    public const int MaxPhraseChars = 256;

    public static string Clean(string? text, CleanMode mode)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return mode == CleanMode.Words ? Words(text) : Phrase(text);
    }

    private static string Words(string text)
    {
        var span = text.AsSpan(0, Math.Min(text.Length, MaxWordsChars));
        var builder = new StringBuilder(span.Length);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, span[i + 1]));
                if (IsWordCategory(category))
                {
                    builder.Append(c).Append(span[i + 1]);
                }
                else
                {
                    builder.Append(' ');
                }

                i++;
                continue;
            }

            builder.Append(!char.IsSurrogate(c) && IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c)) ? c : ' ');
        }

        return builder.ToString();
    }

    private static string Phrase(string text)
    {
        // Bound the work first: only the beginning can fit in the final result anyway.
        var span = text.AsSpan(0, Math.Min(text.Length, MaxPhraseChars * 4));
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
        if (text.Length <= MaxPhraseChars)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxPhraseChars);
        if (cut < MaxPhraseChars / 2)
        {
            cut = char.IsLowSurrogate(text[MaxPhraseChars]) ? MaxPhraseChars - 1 : MaxPhraseChars;
        }

        return text[..cut].TrimEnd();
    }

    private static bool IsWordCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
