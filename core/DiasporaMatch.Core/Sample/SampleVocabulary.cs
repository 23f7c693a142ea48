namespace DiasporaMatch.Sample;

/// <summary>The skills and occupations the generator draws from, usually the starter taxonomy.</summary>
public sealed record SampleVocabulary(IReadOnlyList<SampleConcept> Skills, IReadOnlyList<SampleConcept> Occupations)
{
    public IReadOnlyDictionary<string, SampleConcept> SkillsByUri { get; } = Skills.ToDictionary(s => s.Uri, StringComparer.Ordinal);
}
