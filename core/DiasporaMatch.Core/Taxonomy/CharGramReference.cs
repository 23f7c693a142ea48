namespace DiasporaMatch.Taxonomy;

/// <summary>
/// Reference resolver (issue #17): character 3-gram TF-IDF cosine between the lower-cased phrase and every
/// preferred and alternative label of the requested kind and language; a concept scores its best label.
/// Grams are taken over " text " so word edges count; idf = ln((1 + N) / (1 + df)) + 1, vectors L2-normalised,
/// as common toolkits do by default. An inverted index over grams keeps it to the labels that share one.
/// </summary>
public sealed class CharGramReference
{
    private readonly (string Uri, ConceptKind Kind, string Language)[] _labels;
    private readonly Dictionary<string, List<(int Label, float Weight)>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _idf = new(StringComparer.Ordinal);

    public CharGramReference(Taxonomy taxonomy)
    {
        var labels = ReferenceLabels.Of(taxonomy).ToArray();
        _labels = labels.Select(l => (l.Uri, l.Kind, l.Language)).ToArray();
        var counts = labels.Select(l => Grams(l.Label)).ToArray();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var gram in counts.SelectMany(c => c.Keys))
        {
            frequency[gram] = frequency.GetValueOrDefault(gram) + 1;
        }

        foreach (var (gram, df) in frequency)
        {
            _idf[gram] = Math.Log((1.0 + labels.Length) / (1.0 + df)) + 1;
        }

        for (var i = 0; i < counts.Length; i++)
        {
            var weights = counts[i].ToDictionary(c => c.Key, c => c.Value * _idf[c.Key], StringComparer.Ordinal);
            var norm = Math.Sqrt(weights.Values.Sum(w => w * w));
            foreach (var (gram, weight) in weights)
            {
                if (!_postings.TryGetValue(gram, out var list))
                {
                    _postings[gram] = list = [];
                }

                list.Add((i, (float)(weight / norm)));
            }
        }
    }

    /// <summary>Concept URIs, best first.</summary>
    public IReadOnlyList<string> Rank(string text, ConceptKind kind, string language, int top = 10)
    {
        var query = Grams(text)
            .Where(g => _idf.ContainsKey(g.Key))
            .ToDictionary(g => g.Key, g => g.Value * _idf[g.Key], StringComparer.Ordinal);
        var norm = Math.Sqrt(query.Values.Sum(w => w * w));
        var dots = new Dictionary<int, double>();
        foreach (var (gram, weight) in query)
        {
            foreach (var (label, labelWeight) in _postings[gram])
            {
                var (_, labelKind, labelLanguage) = _labels[label];
                if (labelKind == kind && labelLanguage == language)
                {
                    dots[label] = dots.GetValueOrDefault(label) + (weight / norm * labelWeight);
                }
            }
        }

        return ReferenceLabels.BestConcepts(dots.Select(d => (_labels[d.Key].Uri, d.Value)), top);
    }

    private static Dictionary<string, int> Grams(string text)
    {
        var padded = $" {text.ToLowerInvariant()} ";
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            var gram = padded.Substring(i, 3);
            grams[gram] = grams.GetValueOrDefault(gram) + 1;
        }

        return grams;
    }
}
