using DiasporaMatch.Normalisation;

namespace DiasporaMatch.Search;

/// <summary>Placeholder until the taxonomy lands: a concept relates only to itself, and no occupation lists skills.</summary>
public sealed class UnresolvedTaxonomyView : ITaxonomyView
{
    public static UnresolvedTaxonomyView Instance { get; } = new();

    public int? HierarchyDistance(string a, string b, int maxDepth = 2) => a == b ? 0 : null;

    public bool IsEssentialSkill(string occupationUri, string skillUri) => false;

    public bool IsOptionalSkill(string occupationUri, string skillUri) => false;

    public string? IscoCode(string occupationUri) => null;
}
