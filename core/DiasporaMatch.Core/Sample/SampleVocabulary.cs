using DiasporaMatch.Taxonomy;

namespace DiasporaMatch.Sample;

/// <summary>The skills and occupations the generator draws from, usually the starter taxonomy.</summary>
public sealed record SampleVocabulary(IReadOnlyList<SampleConcept> Skills, IReadOnlyList<SampleConcept> Occupations)
{
    public IReadOnlyDictionary<string, SampleConcept> SkillsByUri { get; } = Skills.ToDictionary(s => s.Uri, StringComparer.Ordinal);

    /// <summary>Occupations with their essential and optional skills; labels as people write them (no "m/f" forms).</summary>
    public static SampleVocabulary From(Taxonomy.Taxonomy taxonomy)
    {
        var skills = taxonomy.Concepts.Where(c => c.Kind == ConceptKind.Skill).Select(c => ToSample(c, [], [])).ToList();
        var occupations = taxonomy.Concepts
            .Where(c => c.Kind == ConceptKind.Occupation)
            .Select(c => ToSample(
                c,
                [.. taxonomy.SkillsOf(c.Uri, SkillRelationType.Essential).Select(l => l.SkillUri)],
                [.. taxonomy.SkillsOf(c.Uri, SkillRelationType.Optional).Select(l => l.SkillUri)]))
            .Where(o => o.EssentialSkills.Count > 0 && o.Sectors.Count > 0)
            .ToList();
        return new SampleVocabulary(skills, occupations);
    }

    private static SampleConcept ToSample(Concept concept, IReadOnlyList<string> essential, IReadOnlyList<string> optional)
    {
        var labels = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (language, preferred) in concept.PreferredLabels)
        {
            var written = new[] { preferred }
                .Concat(concept.AltLabels.TryGetValue(language, out var alts) ? alts : [])
                .Where(l => !l.Contains('/', StringComparison.Ordinal))
                .Distinct()
                .ToList();
            labels[language] = written.Count > 0 ? written : [preferred];
        }

        return new SampleConcept(concept.Uri, labels, concept.Sectors, essential, optional, concept.Broader.Count > 0 ? concept.Broader[0] : null);
    }
}
