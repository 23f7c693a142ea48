using Microsoft.Extensions.Primitives;

namespace DiasporaMatch.Api;

/// <summary>
/// An <c>If-Match</c> header read per RFC 9110 §13.1.1: <c>*</c> (the document exists) or a list of entity tags,
/// compared strongly — a weak tag (<c>W/"…"</c>) never matches, nor does the empty tag <c>""</c> (no version is
/// empty). Anything else (<c>"</c>, <c>W/</c>, an unquoted word) is malformed and names what is wrong.
/// </summary>
internal sealed class IfMatchCondition
{
    private readonly IReadOnlyList<string> _strongTags;

    private IfMatchCondition(bool present, bool any, IReadOnlyList<string> strongTags, string? error)
    {
        Present = present;
        Any = any;
        _strongTags = strongTags;
        Error = error;
    }

    /// <summary>False when the request sent no If-Match (or only blanks).</summary>
    public bool Present { get; }

    public bool Any { get; }

    /// <summary>Why the header is not an If-Match value; null when it is one.</summary>
    public string? Error { get; }

    public bool IsMalformed => Error is not null;

    public static IfMatchCondition Parse(StringValues values)
    {
        var text = string.Join(',', values.Where(v => v is not null)!);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(false, false, [], null);
        }

        var trimmed = text.Trim(' ', '\t');
        if (trimmed == "*")
        {
            return new(true, true, [], null);
        }

        var strong = new List<string>();
        var i = 0;
        var tags = 0;
        while (true)
        {
            // Skip separators and optional white space: "#" lists allow empty elements.
            while (i < text.Length && (text[i] is ' ' or '\t' or ','))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            var weak = false;
            if (text[i] == 'W' && i + 1 < text.Length && text[i + 1] == '/')
            {
                weak = true;
                i += 2;
            }

            if (i == text.Length || text[i] != '"')
            {
                return Malformed(i < text.Length && text[i] == '*'
                    ? "\"*\" must stand alone, not in a list"
                    : "an entity tag is a quoted string, such as \"3f9a…\" (the ETag of your last read)");
            }

            var start = ++i;
            while (i < text.Length && text[i] != '"')
            {
                if (!IsTagChar(text[i]))
                {
                    return Malformed($"an entity tag holds character U+{(int)text[i]:X4}");
                }

                i++;
            }

            if (i == text.Length)
            {
                return Malformed("an entity tag has no closing quote");
            }

            var tag = text[start..i];
            i++;
            tags++;
            if (!weak && tag.Length > 0)
            {
                strong.Add(tag);
            }

            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < text.Length && text[i] != ',')
            {
                return Malformed("entity tags are separated by commas");
            }
        }

        return tags == 0 ? new(false, false, [], null) : new(true, false, strong, null);
    }

    /// <summary>True when the current version satisfies the condition (strong comparison).</summary>
    public bool Matches(string currentVersion) => Any || _strongTags.Contains(currentVersion, StringComparer.Ordinal);

    private static IfMatchCondition Malformed(string why) => new(true, false, [], $"If-Match is malformed: {why}");

    // etagc = %x21 / %x23-7E / obs-text (%x80-FF)
    private static bool IsTagChar(char c) => c == '!' || (c >= '#' && c <= '~') || (c >= '\u0080' && c <= '\u00FF');
}
