namespace DiasporaMatch.Search;

/// <summary>One term's documents in a segment, ascending, with their term frequencies (null for docs-only fields).</summary>
public sealed record TermPostings(int[] Docs, ushort[]? Freqs)
{
    public static TermPostings Empty { get; } = new([], null);
}
