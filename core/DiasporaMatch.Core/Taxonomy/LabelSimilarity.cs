namespace DiasporaMatch.Taxonomy;

/// <summary>
/// Set overlaps (Dice coefficients) between a phrase's words and a label's, each in 0..1. Two words of five letters
/// or more count as the same when one typing slip apart (as Lucene's fuzzy query with one edit): "blakcsmith"
/// meets "blacksmith", where the gram cosine alone let a label sharing the phrase's other words win.
/// </summary>
internal static class LabelSimilarity
{
    /// <summary>
    /// Dice over the distinct words of a phrase and a label. <paramref name="distinct"/> holds no word twice: a phrase
    /// is deduplicated once for all the labels it meets, since a long title meets hundreds. Quadratic in the label's
    /// words, which beats hashing at label sizes.
    /// </summary>
    public static double Dice(ReadOnlySpan<string> distinct, ReadOnlySpan<string> label)
    {
        var distinctLabel = CountDistinct(label);
        if (distinct.Length == 0 || distinctLabel == 0)
        {
            return 0;
        }

        var common = 0;
        foreach (var word in distinct)
        {
            if (Contains(label, word))
            {
                common++;
            }
        }

        // Two slips of one word ("managr", "manger") may both meet it: a word is shared once at most.
        return 2.0 * Math.Min(common, distinctLabel) / (distinct.Length + distinctLabel);
    }

    /// <summary>
    /// The share of <paramref name="words"/>' weight (each distinct word counted once) that <paramref name="other"/>
    /// holds as the same word: the re-ranker's rare-word coverage, both ways.
    /// </summary>
    public static double WeightShare(ReadOnlySpan<string> words, ReadOnlySpan<string> other, Func<string, double> weight)
    {
        double all = 0, found = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (IsFirst(words, i))
            {
                var w = weight(words[i]);
                all += w;
                found += other.Contains(words[i]) ? w : 0; // the same word exactly, not a typing slip apart
            }
        }

        return all > 0 ? found / all : 0;
    }

    private static int CountDistinct(ReadOnlySpan<string> words)
    {
        var count = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (IsFirst(words, i))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsFirst(ReadOnlySpan<string> words, int index) => !words[..index].Contains(words[index]);

    private static bool Contains(ReadOnlySpan<string> words, string word)
    {
        foreach (var other in words)
        {
            if (string.Equals(other, word, StringComparison.Ordinal) || OneEditApart(other, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether two words of five letters or more differ by one letter dropped, added, replaced, or two neighbours swapped.</summary>
    internal static bool OneEditApart(string a, string b)
    {
        if (a.Length < 5 || b.Length < 5 || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        int endA = a.Length, endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var restA = endA - start;
        var restB = endB - start;
        return (restA <= 1 && restB <= 1)
            || (restA == 2 && restB == 2 && a[start] == b[start + 1] && a[start + 1] == b[start]);
    }
}
