using System.Collections.Concurrent;

namespace DiasporaMatch.Facts;

/// <summary>
/// One instance of each concept URI and reference code the decoded facts hold. Every expert's facts name the same
/// few thousand concepts and codes, and a decoded copy per expert made them most of the memory of the facts cache
/// (12 GB at 1M profiles, docs/performance.md). Only such vocabulary comes here (URIs, codes, the folded words of
/// skills and occupations), never ids, names or whole phrases; the pool lives as long as the process and stops growing
/// at <see cref="Capacity"/>: a string past it is simply kept as decoded.
/// </summary>
internal static class SharedStrings
{
    public const int Capacity = 200_000;
    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByChars =
        Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(string value) => Pool.ContainsKey(value);

    public static string Of(ReadOnlySpan<char> value)
    {
        if (ByChars.TryGetValue(value, out var shared))
        {
            return shared;
        }

        var created = value.ToString();
        return Pool.Count < Capacity ? Pool.GetOrAdd(created, created) : created;
    }
}
