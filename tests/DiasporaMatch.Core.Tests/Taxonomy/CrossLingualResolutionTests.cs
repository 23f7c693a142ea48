using DiasporaMatch.Reference;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// Issue #17 item 4: the same occupation written in French, Dutch, English (ESCO's aligned labels) and,
/// for the starter vocabulary, Arabic resolves to the same concept, with the markers postings add.
/// </summary>
[Collection(EscoCollection.Name)]
public sealed class CrossLingualResolutionTests(EscoFixture esco)
{
    private static readonly Dictionary<string, string> Markers = new(StringComparer.Ordinal)
    {
        ["en"] = "(m/f)",
        ["fr"] = "(H/F)",
        ["nl"] = "m/v/x",
        ["ar"] = string.Empty,
    };

    [Fact]
    public void Resolve_EscoOccupationInFrNlEn_SameConcept()
    {
        var failures = Matrix(esco.Taxonomy, esco.Resolver, ["fr", "nl", "en"], count: 36);
        Assert.Empty(failures);
    }

    [Fact]
    public void Resolve_StarterOccupationInFrNlEnAr_SameConcept()
    {
        var starter = EscoImporter.Import(DataPaths.StarterTaxonomyFolder).Taxonomy;
        using var resolver = new ConceptResolver(starter);
        var failures = Matrix(starter, resolver, ["fr", "nl", "en", "ar"], count: 30);
        Assert.Empty(failures);
    }

    /// <summary>
    /// A seeded choice of occupations with an alternative label in every language that no other
    /// concept shares once case, accents and punctuation are ignored (a shared label has no single right answer); each label, with the language's
    /// gender marker, must resolve to its occupation first. Returns what did not.
    /// </summary>
    private static List<string> Matrix(DiasporaMatch.Taxonomy.Taxonomy taxonomy, ConceptResolver resolver, string[] languages, int count)
    {
        var owners = taxonomy.Concepts
            .SelectMany(c => languages.SelectMany(l => Labels(c, l).Select(label => (Key: l + ":" + ResolverEvaluation.Key(label), c.Uri))))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Uri).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var random = new Random(17);
        var chosen = taxonomy.Concepts
            .Where(c => c.Kind == ConceptKind.Occupation)
            .Select(c => (Concept: c, Titles: languages.Select(l => (Language: l, Title: Unique(c, l, owners))).ToArray()))
            .Where(x => x.Titles.All(t => t.Title is not null))
            .OrderBy(_ => random.Next())
            .Take(count)
            .ToArray();
        Assert.Equal(count, chosen.Length);
        var failures = new List<string>();
        foreach (var (concept, titles) in chosen)
        {
            foreach (var (language, title) in titles)
            {
                var phrase = $"{title} {Markers[language]}".Trim();
                var top = resolver.Resolve(phrase, ConceptKind.Occupation, language, 1);
                if (top.Count == 0 || top[0].Uri != concept.Uri)
                {
                    failures.Add($"{language} '{phrase}' -> {(top.Count == 0 ? "nothing" : top[0].Label)}, expected {concept.Label(language)}");
                }
            }
        }

        return failures;
    }

    // The resolver also indexes each half of a gendered "ممرض/ممرضة" title: halves count as labels here too.
    private static IEnumerable<string> Labels(Concept concept, string language) =>
        (concept.PreferredLabels.TryGetValue(language, out var preferred) ? [preferred] : Array.Empty<string>())
            .Concat(concept.AltLabels.GetValueOrDefault(language) ?? [])
            .SelectMany(l => LabelLists.GenderedForms(l).Prepend(l));

    private static string? Unique(Concept concept, string language, Dictionary<string, int> owners) =>
        (concept.AltLabels.GetValueOrDefault(language) ?? [])
            .Where(a => !a.Contains('/', StringComparison.Ordinal) && owners[language + ":" + ResolverEvaluation.Key(a)] == 1)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
}
