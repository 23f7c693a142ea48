using System.Globalization;
using System.Text.RegularExpressions;

namespace DiasporaMatch.Validation;

/// <summary>Small checks shared by rules: control characters, identifiers, dates, e-mail addresses.</summary>
public static partial class TextChecks
{
    public const int MaxIdLength = 64;

    public static string? FindControlCharacter(string text, bool multiline)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return $"holds an unpaired surrogate at position {i}";
            }

            if (multiline && (c == '\n' || c == '\r' || c == '\t'))
            {
                continue;
            }

            if (char.IsControl(c))
            {
                return $"holds control character U+{(int)c:X4} at position {i}";
            }
        }

        return null;
    }

    /// <summary>Ids become file and blob names: letters, digits, '-', '_' and '.', never a path.</summary>
    public static bool IsValidId(string id) => id.Length is > 0 and <= MaxIdLength && IdPattern().IsMatch(id);

    public static string? CheckId(string id) =>
        IsValidId(id) ? null : $"\"{Shorten(id)}\" is not a valid id (1-{MaxIdLength} letters, digits, '-', '_' or '.', starting with a letter or digit)";

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string? CheckDate(string text) =>
        TryParseDate(text, out var d) && d.Year is >= 1900 and <= 2200 ? null : $"\"{Shorten(text)}\" is not a date (YYYY-MM-DD)";

    public static string? CheckDateTime(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _) && text.Length >= 10 && text[4] == '-'
            ? null
            : $"\"{Shorten(text)}\" is not an ISO 8601 date and time";

    public static string? CheckEmail(string text) =>
        EmailPattern().IsMatch(text) ? null : $"\"{Shorten(text)}\" is not an e-mail address";

    public static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");

    // \z, never $: $ also matches before a final newline, which let "A-EVIL\n" through as an id (and a file name).
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[^@\s<>""]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}\z")]
    private static partial Regex EmailPattern();
}
