namespace DiasporaMatch.Taxonomy;

/// <summary>Splits the multi-label cells of ESCO files and gendered occupation titles.</summary>
internal static class LabelLists
{
    private static readonly string[] Separators = ["\r\n", "\n", " | "];

    /// <summary>altLabels/hiddenLabels cells: newline-separated in current ESCO, " | " in older files.</summary>
    public static IEnumerable<string> Split(string cell) =>
        cell.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// "directeur technique/directrice technique" gives both halves; a label without exactly one
    /// slash between two words (e.g. "TCP/IP stack" or a date-like form) gives nothing.
    /// </summary>
    public static IReadOnlyList<string> GenderedForms(string label)
    {
        var slash = label.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash != label.LastIndexOf('/') || slash == label.Length - 1)
        {
            return [];
        }

        var first = label[..slash].Trim();
        var second = label[(slash + 1)..].Trim();
        return first.Length < 2 || second.Length < 2 ? [] : [first, second];
    }

    /// <summary>
    /// The halves of a gendered title as someone writes it, with the words written on one side only given to both:
    /// "manager/ster internationale handel" gives "manager internationale handel" (its first half alone,
    /// "manager", would match a label of another occupation exactly), "verkoopmedewerker audio/video" gives
    /// "verkoopmedewerker video". Labels keep <see cref="GenderedForms"/>: sharing their words measured no better.
    /// </summary>
    public static IReadOnlyList<string> WrittenForms(string title)
    {
        if (GenderedForms(title) is not [var first, var second])
        {
            return [];
        }

        var firstWords = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var secondWords = second.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (firstWords.Length, secondWords.Length) switch
        {
            (1, > 1) => [$"{first} {string.Join(' ', secondWords[1..])}", second],
            (> 1, 1) => [first, $"{string.Join(' ', firstWords[..^1])} {second}"],
            _ => [first, second],
        };
    }
}
