using DiasporaMatch.Cv;

namespace DiasporaMatch.Api.Contracts;

/// <summary>What was read from a CV (never stored) and the skills suggested from it.</summary>
internal sealed record CvSkills(string Format, int Pages, int Characters, bool Truncated, bool Stored, IReadOnlyList<SkillSuggestion> Skills);
