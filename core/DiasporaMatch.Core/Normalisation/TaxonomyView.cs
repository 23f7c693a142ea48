using DiasporaMatch.Taxonomy;

namespace DiasporaMatch.Normalisation;

/// <summary>The imported taxonomy seen through <see cref="ITaxonomyView"/>, with occupation–skill links in sets for O(1) checks.</summary>
public sealed class TaxonomyView : ITaxonomyView
{
    private readonly Taxonomy.Taxonomy _taxonomy;
    private readonly HashSet<(string, string)> _essential = [];
    private readonly HashSet<(string, string)> _optional = [];

    public TaxonomyView(Taxonomy.Taxonomy taxonomy)
    {
        _taxonomy = taxonomy;
        foreach (var link in taxonomy.SkillLinks)
        {
            (link.Type == SkillRelationType.Essential ? _essential : _optional).Add((link.OccupationUri, link.SkillUri));
        }
    }

    public int? HierarchyDistance(string a, string b, int maxDepth = 2) => _taxonomy.HierarchyDistance(a, b, maxDepth);

    public bool IsEssentialSkill(string occupationUri, string skillUri) => _essential.Contains((occupationUri, skillUri));

    public bool IsOptionalSkill(string occupationUri, string skillUri) => _optional.Contains((occupationUri, skillUri));

    public string? IscoCode(string occupationUri) => _taxonomy.Find(occupationUri)?.IscoCode;

    public IReadOnlyList<(string SkillUri, bool Essential)>? SkillsOfOccupation(string occupationUri) =>
        _taxonomy.SkillsOf(occupationUri).Select(l => (l.SkillUri, l.Type == SkillRelationType.Essential)).ToList();

    public IReadOnlyList<(string Uri, int Depth)>? AncestorsWithDepth(string uri, int maxDepth) => _taxonomy.AncestorsWithDepth(uri, maxDepth);
}
