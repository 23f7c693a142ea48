namespace DiasporaMatch.Normalisation;

/// <summary>
/// The concept view of a profile or need: its skill phrases and occupation resolved to concepts, plus the
/// concepts with their broader ancestors (what retrieval matches on). Original text is kept beside it.
/// </summary>
public sealed record NormalisedTerms(
    IReadOnlyList<ConceptRef> Skills,
    ConceptRef? Occupation,
    IReadOnlyList<string> ExpandedUris)
{
    public static NormalisedTerms Empty { get; } = new([], null, []);
}
