using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DiasporaMatch.Notifications;

/// <summary>Makes record text safe to put in a message: no line breaks (header injection), no control or bidi override characters.</summary>
internal static partial class NotificationText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (IsBidiControl(c) || category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            clean.Append(category == UnicodeCategory.Control ? ' ' : c);
        }

        return Spaces().Replace(clean.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    // Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) can make a name read as something else.
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
