namespace DiasporaMatch.Search;

/// <summary>
/// An expert's or a need's concepts as <see cref="ConceptIds"/>, sorted: skills, expanded set, occupation (0 for
/// none), and whether any skill phrase stayed unresolved (only those are compared by wording).
/// </summary>
public sealed record ConceptKeys(int[] Skills, int[] Expanded, int Occupation, bool AnyUnresolved = false)
{
    public static ConceptKeys Of(IEnumerable<string?> skills, IEnumerable<string> expanded, string? occupation, bool anyUnresolved = false) =>
        new(ConceptIds.SortedOf(skills), ConceptIds.SortedOf(expanded), occupation is null ? 0 : ConceptIds.Of(occupation), anyUnresolved);

    public static bool Contains(ReadOnlySpan<int> sorted, int id) => id != 0 && sorted.BinarySearch(id) >= 0;

    /// <summary>How many ids two sorted arrays share.</summary>
    public static int Overlap(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
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

        return shared;
    }
}
