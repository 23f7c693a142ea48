namespace DiasporaMatch.Api.Contracts;

/// <summary>One start-up check: <c>Healthy</c>, <c>Degraded</c> or <c>Unhealthy</c>, and why.</summary>
internal sealed record ReadinessCheck(string Status, string? Description);
