namespace DiasporaMatch.Taxonomy;

/// <summary>The ESCO pillar a concept belongs to.</summary>
public enum ConceptKind
{
    Skill,
    Occupation,
    IscoGroup,
    SkillGroup,
}
