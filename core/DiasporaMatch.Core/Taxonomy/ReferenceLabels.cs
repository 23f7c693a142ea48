namespace DiasporaMatch.Taxonomy;

/// <summary>What the reference resolvers share: the labels they index and how label scores become a concept ranking.</summary>
internal static class ReferenceLabels
{
    public static IEnumerable<(string Uri, ConceptKind Kind, string Language, string Label)> Of(Taxonomy taxonomy) =>
        taxonomy.Concepts.SelectMany(concept =>
            concept.PreferredLabels.Select(p => (concept.Uri, concept.Kind, p.Key, p.Value))
                .Concat(concept.AltLabels.SelectMany(a => a.Value.Select(label => (concept.Uri, concept.Kind, a.Key, label)))));

    /// <summary>Each concept takes its best label's score; ties by URI so runs repeat.</summary>
    public static IReadOnlyList<string> BestConcepts(IEnumerable<(string Uri, double Score)> labels, int top)
    {
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (uri, score) in labels)
        {
            if (!best.TryGetValue(uri, out var current) || score > current)
            {
                best[uri] = score;
            }
        }

        return best.OrderByDescending(b => b.Value).ThenBy(b => b.Key, StringComparer.Ordinal).Take(top).Select(b => b.Key).ToArray();
    }
}
