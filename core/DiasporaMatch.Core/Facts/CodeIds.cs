using System.Collections.Concurrent;


namespace DiasporaMatch.Facts;

/// <summary>
/// Process-wide small integers for codes that records may only take from reference lists (languages, regions,
/// sectors), so filters compare ints without reading the strings. Ids are never persisted. The table is capped:
/// past it a code gets 0, which callers answer by comparing the strings themselves.
/// </summary>
public static class CodeIds
{
    public const int Capacity = 1 << 16;

    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly Lock Adding = new();

    /// <summary>The code's id, 1 or more; 0 once the table is full.</summary>
    public static int Of(string code)
    {
        if (Ids.TryGetValue(code, out var id))
        {
            return id;
        }

        lock (Adding)
        {
            if (Ids.TryGetValue(code, out id))
            {
                return id;
            }

            if (Ids.Count >= Capacity)
            {
                return 0;
            }

            id = Ids.Count + 1;
            Ids[code] = id;
            return id;
        }
    }

    /// <summary>Whether two codes are the same, by id where both have one and by the strings otherwise.</summary>
    public static bool Same(int a, int b, string codeA, string codeB) => a != 0 && b != 0 ? a == b : codeA == codeB;
}
