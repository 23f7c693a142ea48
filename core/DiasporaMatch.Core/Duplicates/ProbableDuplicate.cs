namespace DiasporaMatch.Duplicates;

/// <summary>Two expert profiles that probably describe one person: a score from 0 to 1 and the fields that agree.</summary>
public sealed record ProbableDuplicate(string ExpertId, string DuplicateOf, double Score, IReadOnlyList<string> Fields);
