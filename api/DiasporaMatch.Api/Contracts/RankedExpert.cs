namespace DiasporaMatch.Api.Contracts;

/// <summary>One ranked expert; the id is a per-need pseudonym and the features absent for institutions.</summary>
internal sealed record RankedExpert(int Rank, string ExpertId, double Score, IReadOnlyList<string> Reasons, FeatureBars? Features);
