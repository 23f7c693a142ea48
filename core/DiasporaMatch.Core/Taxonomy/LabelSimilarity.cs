namespace DiasporaMatch.Taxonomy;

/// <summary>Set overlaps (Dice coefficients) between a phrase and a label, each in 0..1.</summary>
internal static class LabelSimilarity
{
    /// <summary>Dice over the distinct words of two short lists; quadratic, which beats hashing at label sizes.</summary>
    public static double Dice(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var distinctA = CountDistinct(a);
        var distinctB = CountDistinct(b);
        if (distinctA == 0 || distinctB == 0)
        {
            return 0;
        }

        var common = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (IsFirst(a, i) && Contains(b, a[i]))
            {
                common++;
            }
        }

        return 2.0 * common / (distinctA + distinctB);
    }

    /// <summary>Character trigrams of " text ", packed in a long each and sorted, for a cheap merge-count.</summary>
    public static long[] Trigrams(string folded)
    {
        if (folded.Length == 0)
        {
            return [];
        }

        var padded = $" {folded} ";
        var grams = new long[padded.Length - 2];
        for (var i = 0; i < grams.Length; i++)
        {
            grams[i] = ((long)padded[i] << 32) | ((long)padded[i + 1] << 16) | padded[i + 2];
        }

        Array.Sort(grams);
        var unique = 0;
        for (var i = 0; i < grams.Length; i++)
        {
            if (i == 0 || grams[i] != grams[i - 1])
            {
                grams[unique++] = grams[i];
            }
        }

        return grams[..unique];
    }

    public static double Dice(long[] a, long[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * common / (a.Length + b.Length);
    }

    private static int CountDistinct(IReadOnlyList<string> words)
    {
        var count = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (IsFirst(words, i))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsFirst(IReadOnlyList<string> words, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(words[j], words[index], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(IReadOnlyList<string> words, string word)
    {
        for (var j = 0; j < words.Count; j++)
        {
            if (string.Equals(words[j], word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
