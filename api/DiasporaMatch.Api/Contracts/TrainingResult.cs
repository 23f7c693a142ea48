using DiasporaMatch.Ranking.Learning;

namespace DiasporaMatch.Api.Contracts;

/// <summary>A training run: whether the candidate was promoted and why, and the version in use before.</summary>
internal sealed record TrainingResult(bool Promoted, string Reason, ModelManifest Candidate, string? Current);
