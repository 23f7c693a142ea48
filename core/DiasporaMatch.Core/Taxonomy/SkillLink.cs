namespace DiasporaMatch.Taxonomy;

/// <summary>An occupation needs a skill, essentially or optionally.</summary>
public sealed record SkillLink(string OccupationUri, string SkillUri, SkillRelationType Type);
