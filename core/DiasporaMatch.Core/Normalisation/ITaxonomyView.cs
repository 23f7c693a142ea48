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

    /// <summary>
    /// Broader concepts within <paramref name="maxDepth"/> steps, each at its shortest depth; null when the concept
    /// is unknown. Lets ranking answer <see cref="HierarchyDistance"/> from cached lists; a view without it (null
    /// for every concept) is asked pair by pair.
    /// </summary>
    IReadOnlyList<(string Uri, int Depth)>? AncestorsWithDepth(string uri, int maxDepth) => null;

    /// <summary>
    /// The occupation's linked skills (essential or optional), so ranking asks once per need instead of once
    /// per candidate skill; null from a view that cannot list them (it is then asked pair by pair).
    /// </summary>
    IReadOnlyList<(string SkillUri, bool Essential)>? SkillsOfOccupation(string occupationUri) => null;
}
