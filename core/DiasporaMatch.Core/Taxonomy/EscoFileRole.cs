namespace DiasporaMatch.Taxonomy;

/// <summary>What a file in the ESCO CSV layout holds, judged from its name.</summary>
internal enum EscoFileRole
{
    Ignored,
    Skills,
    Occupations,
    IscoGroups,
    SkillGroups,
    SkillBroader,
    OccupationBroader,
    OccupationSkills,
    Sectors,
}
