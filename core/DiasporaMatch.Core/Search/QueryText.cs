using System.Globalization;
using System.Text;

namespace DiasporaMatch.Search;

/// <summary>
/// Makes user text safe to analyse: only letters, marks and digits survive, everything else (query syntax such as
/// <c>* ( : ~ \</c>, bidi and other format marks, lone surrogates) becomes a space, and the length is capped.
/// Queries are then built from tokens as objects, so no text can ever change a query's structure.
/// </summary>
public static class QueryText
{
    /// <summary>Longest text analysed for a query or an index field; the rest adds cost, not meaning.</summary>
    public const int MaxChars = 16_384;

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var span = text.AsSpan(0, Math.Min(text.Length, MaxChars));
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

    private static bool IsWordCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
