namespace DiasporaMatch.Taxonomy;

/// <summary>
/// Measures the resolver on labels it has never seen: a seeded random choice of alternative labels
/// per language is removed from a copy of the taxonomy, the resolver is built on that copy, and each
/// removed label is resolved (restricted to its concept's kind and its language) expecting its concept.
/// Labels that still equal another label of the same concept after folding are not chosen: they would
/// test nothing.
/// </summary>
public static class ResolverEvaluation
{
    public static IReadOnlyList<LanguageEvaluation> Run(Taxonomy taxonomy, int perLanguage = 200, int seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perLanguage);
        var random = new Random(seed);
        var heldOut = new List<(string Uri, ConceptKind Kind, string Language, string Label)>();
        foreach (var language in taxonomy.Languages)
        {
            var pool = taxonomy.Concepts
                .Where(c => c.AltLabels.ContainsKey(language))
                .SelectMany(c => c.AltLabels[language].Where(a => IsDistinct(c, a)).Select(a => (c.Uri, c.Kind, language, a)))
                .ToList();
            heldOut.AddRange(pool.OrderBy(_ => random.Next()).Take(perLanguage));
        }

        var builder = TaxonomyBuilder.From(taxonomy);
        foreach (var (uri, _, language, label) in heldOut)
        {
            builder.RemoveAltLabel(uri, language, label);
        }

        using var resolver = new ConceptResolver(builder.Build());
        return heldOut
            .GroupBy(h => h.Language, StringComparer.Ordinal)
            .Select(group =>
            {
                var reciprocal = 0.0;
                var first = 0;
                foreach (var (uri, kind, language, label) in group)
                {
                    var matches = resolver.Resolve(label, kind, language, 10);
                    var rank = matches.Select(m => m.Uri).ToList().IndexOf(uri);
                    if (rank >= 0)
                    {
                        reciprocal += 1.0 / (rank + 1);
                        first += rank == 0 ? 1 : 0;
                    }
                }

                var count = group.Count();
                return new LanguageEvaluation(group.Key, count, reciprocal / count, (double)first / count);
            })
            .ToArray();
    }

    // The resolver indexes both halves of gendered titles, so a half of another label is no test either.
    // Case- and accent-insensitive, like the resolver's folding, without needing its analysers.
    internal static bool IsDistinct(Concept concept, string label)
    {
        var key = Key(label);
        var others = concept.PreferredLabels.Values
            .Concat(concept.AltLabels.Values.SelectMany(v => v))
            .Where(l => !string.Equals(l, label, StringComparison.Ordinal))
            .SelectMany(l => LabelLists.GenderedForms(l).Prepend(l));
        return others.All(other => Key(other) != key);
    }

    internal static string Key(string label)
    {
        var decomposed = label.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD);
        return new string(decomposed.Where(char.IsLetterOrDigit).ToArray());
    }
}
