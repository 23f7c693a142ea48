using DiasporaMatch.Text;

namespace DiasporaMatch.Taxonomy;

/// <summary>
/// An immutable set of concepts with their hierarchy (broader/narrower) and occupation-skill links.
/// Safe to share between threads. Build one with <see cref="TaxonomyBuilder"/>, <see cref="EscoImporter"/>
/// or <see cref="TaxonomySnapshot"/>.
/// </summary>
public sealed class Taxonomy
{
    private static readonly IReadOnlyList<SkillLink> NoLinks = [];
    private readonly Dictionary<string, Concept> _byUri;
    private readonly Dictionary<string, SkillLink[]> _skillsByOccupation;
    private readonly Dictionary<string, SkillLink[]> _occupationsBySkill;
    private readonly Lazy<string> _fingerprint;

    internal Taxonomy(IReadOnlyList<Concept> concepts, IReadOnlyList<SkillLink> skillLinks)
    {
        Concepts = concepts;
        SkillLinks = skillLinks;
        _byUri = concepts.ToDictionary(c => c.Uri, StringComparer.Ordinal);
        _skillsByOccupation = skillLinks.GroupBy(l => l.OccupationUri, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _occupationsBySkill = skillLinks.GroupBy(l => l.SkillUri, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        CountsByKind = Enum.GetValues<ConceptKind>().ToDictionary(k => k, k => concepts.Count(c => c.Kind == k));
        Languages = concepts
            .SelectMany(c => c.PreferredLabels.Keys.Concat(c.AltLabels.Keys))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        _fingerprint = new Lazy<string>(ComputeFingerprint);
    }

    public static Taxonomy Empty { get; } = new TaxonomyBuilder().Build();

    /// <summary>All concepts, ordered by URI.</summary>
    public IReadOnlyList<Concept> Concepts { get; }

    /// <summary>All occupation-skill links, ordered by occupation then skill URI.</summary>
    public IReadOnlyList<SkillLink> SkillLinks { get; }

    public IReadOnlyDictionary<ConceptKind, int> CountsByKind { get; }

    /// <summary>Languages that have at least one label, ordered.</summary>
    public IReadOnlyList<string> Languages { get; }

    public int Count => Concepts.Count;

    public int BroaderLinkCount => Concepts.Sum(c => c.Broader.Count);

    /// <summary>
    /// A short stable hash of every concept, label and relation: equal content gives an equal
    /// fingerprint, so caches (resolver indexes, matching features) can tell when to rebuild.
    /// </summary>
    public string Fingerprint => _fingerprint.Value;

    public Concept? Find(string uri) => uri is not null && _byUri.TryGetValue(uri, out var concept) ? concept : null;

    public bool Contains(string uri) => uri is not null && _byUri.ContainsKey(uri);

    public IReadOnlyList<string> Broader(string uri) => Find(uri)?.Broader ?? [];

    public IReadOnlyList<string> Narrower(string uri) => Find(uri)?.Narrower ?? [];

    /// <summary>Broader concepts up to <paramref name="maxDepth"/> levels up, nearest first, each once.</summary>
    public IReadOnlyList<string> Ancestors(string uri, int maxDepth = int.MaxValue) =>
        Walk(uri, maxDepth, c => c.Broader).Select(p => p.Uri).ToArray();

    /// <summary>Narrower concepts up to <paramref name="maxDepth"/> levels down, nearest first, each once.</summary>
    public IReadOnlyList<string> Descendants(string uri, int maxDepth = int.MaxValue) =>
        Walk(uri, maxDepth, c => c.Narrower).Select(p => p.Uri).ToArray();

    /// <summary>
    /// Levels between two concepts on one line of descent: 0 the same, 1 parent or child,
    /// 2 grandparent or grandchild, and so on; null when neither descends from the other
    /// within <paramref name="maxDepth"/> (siblings count as unrelated), or either is unknown.
    /// </summary>
    public int? HierarchyDistance(string a, string b, int maxDepth = 4)
    {
        if (!Contains(a) || !Contains(b))
        {
            return null;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 0;
        }

        int? up = DepthOf(a, b, maxDepth);
        int? down = DepthOf(b, a, maxDepth);
        return (up, down) switch
        {
            (null, null) => null,
            (null, _) => down,
            (_, null) => up,
            _ => Math.Min(up.Value, down!.Value),
        };
    }

    /// <summary>Broader concepts within <paramref name="maxDepth"/> steps at their shortest depth; null for an unknown concept.</summary>
    public IReadOnlyList<(string Uri, int Depth)>? AncestorsWithDepth(string uri, int maxDepth) =>
        Find(uri) is null ? null : Walk(uri, maxDepth, c => c.Broader).ToList();

    /// <summary>Skills an occupation needs, all or of one relation type.</summary>
    public IReadOnlyList<SkillLink> SkillsOf(string occupationUri, SkillRelationType? type = null) =>
        Filter(_skillsByOccupation, occupationUri, type);

    /// <summary>Occupations that need a skill, all or of one relation type.</summary>
    public IReadOnlyList<SkillLink> OccupationsNeeding(string skillUri, SkillRelationType? type = null) =>
        Filter(_occupationsBySkill, skillUri, type);

    private static IReadOnlyList<SkillLink> Filter(Dictionary<string, SkillLink[]> index, string uri, SkillRelationType? type)
    {
        if (uri is null || !index.TryGetValue(uri, out var links))
        {
            return NoLinks;
        }

        return type is null ? links : links.Where(l => l.Type == type).ToArray();
    }

    private int? DepthOf(string from, string ancestor, int maxDepth)
    {
        foreach (var (uri, depth) in Walk(from, maxDepth, c => c.Broader))
        {
            if (string.Equals(uri, ancestor, StringComparison.Ordinal))
            {
                return depth;
            }
        }

        return null;
    }

    // Breadth-first so the first time a concept is met is at its shortest distance; the visited
    // set guards against cycles that hand-written taxonomies may contain.
    private IEnumerable<(string Uri, int Depth)> Walk(string uri, int maxDepth, Func<Concept, IReadOnlyList<string>> next)
    {
        if (Find(uri) is null)
        {
            yield break;
        }

        var visited = new HashSet<string>(StringComparer.Ordinal) { uri };
        var frontier = new List<string> { uri };
        for (var depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
        {
            var following = new List<string>();
            foreach (var current in frontier)
            {
                foreach (var neighbour in next(_byUri[current]))
                {
                    if (visited.Add(neighbour))
                    {
                        following.Add(neighbour);
                        yield return (neighbour, depth);
                    }
                }
            }

            frontier = following;
        }
    }

    private string ComputeFingerprint()
    {
        // Each value's UTF-8 bytes and a zero byte.
        using var hash = new Utf8Sha256();
        void Add(string value) => hash.Append(value).Append(0);

        foreach (var concept in Concepts)
        {
            Add(concept.Uri);
            Add(concept.Kind.ToString());
            Add(concept.IscoCode ?? string.Empty);
            foreach (var (language, label) in concept.PreferredLabels)
            {
                Add(language);
                Add(label);
            }

            Add("alt");
            foreach (var (language, labels) in concept.AltLabels)
            {
                Add(language);
                foreach (var label in labels)
                {
                    Add(label);
                }
            }

            Add("broader");
            foreach (var broader in concept.Broader)
            {
                Add(broader);
            }

            Add("sectors");
            foreach (var sector in concept.Sectors)
            {
                Add(sector);
            }
        }

        foreach (var link in SkillLinks)
        {
            Add(link.OccupationUri);
            Add(link.SkillUri);
            Add(link.Type.ToString());
        }

        return hash.Hex(32);
    }
}
