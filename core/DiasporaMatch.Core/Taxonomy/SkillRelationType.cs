namespace DiasporaMatch.Taxonomy;

/// <summary>How strongly an occupation needs a skill (ESCO occupationSkillRelations).</summary>
public enum SkillRelationType
{
    Essential,
    Optional,
}
