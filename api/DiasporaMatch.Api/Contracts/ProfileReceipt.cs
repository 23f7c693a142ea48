using DiasporaMatch.Duplicates;

namespace DiasporaMatch.Api.Contracts;

/// <summary>A created profile's id and version, with the probable duplicates found at intake (staff only; empty for others).</summary>
internal sealed record ProfileReceipt(string Id, string Version, IReadOnlyList<ProbableDuplicate> ProbableDuplicates);
