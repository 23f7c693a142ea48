namespace DiasporaMatch.Api.Contracts;

/// <summary>Readiness: <c>ready</c> or <c>not-ready</c>, with each start-up check's status and what it says.</summary>
internal sealed record ReadinessReport(string Status, IReadOnlyDictionary<string, ReadinessCheck> Checks);
