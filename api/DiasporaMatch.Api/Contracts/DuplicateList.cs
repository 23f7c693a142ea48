using DiasporaMatch.Duplicates;

namespace DiasporaMatch.Api.Contracts;

/// <summary>One profile's probable duplicates among all the others, best first.</summary>
internal sealed record DuplicateList(string ExpertId, IReadOnlyList<ProbableDuplicate> ProbableDuplicates);
