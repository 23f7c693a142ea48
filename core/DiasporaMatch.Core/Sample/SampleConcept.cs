namespace DiasporaMatch.Sample;

/// <summary>A skill or occupation the generator can write about: labels per language (preferred first) and sectors.</summary>
public sealed record SampleConcept(
    string Uri,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Labels,
    IReadOnlyList<string> Sectors,
    IReadOnlyList<string> EssentialSkills,
    IReadOnlyList<string> OptionalSkills,
    string? Broader = null);
