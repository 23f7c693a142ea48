namespace DiasporaMatch.Facts;

/// <summary>
/// Concepts as <see cref="ConceptIds"/>, sorted: skills, expanded set, occupation (0 for none). Experts carry
/// theirs inside <see cref="PackedFacts"/>; a prepared need keeps its own.
/// </summary>
public sealed record ConceptKeys(int[] Skills, int[] Expanded, int Occupation)
{
    public static ConceptKeys Of(IEnumerable<string?> skills, IEnumerable<string> expanded, string? occupation) =>
        new(ConceptIds.SortedOf(skills), ConceptIds.SortedOf(expanded), occupation is null ? 0 : ConceptIds.Of(occupation));
}
