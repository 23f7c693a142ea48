namespace DiasporaMatch.Normalisation;

/// <summary>What ranking needs to know of the taxonomy's structure; the imported taxonomy implements it.</summary>
public interface ITaxonomyView
{
    /// <summary>0 same concept, 1 parent or child, 2 grandparent or grandchild…; null when unrelated within <paramref name="maxDepth"/>.</summary>
    int? HierarchyDistance(string a, string b, int maxDepth = 2);

    /// <summary>True when the occupation lists the skill as essential (false: optional or unrelated).</summary>
    bool IsEssentialSkill(string occupationUri, string skillUri);

    bool IsOptionalSkill(string occupationUri, string skillUri);

    /// <summary>ISCO-08 code of an occupation, if known.</summary>
    string? IscoCode(string occupationUri);
}
