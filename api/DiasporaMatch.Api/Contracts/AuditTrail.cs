using DiasporaMatch.Audit;

namespace DiasporaMatch.Api.Contracts;

/// <summary>The audit events about one record.</summary>
internal sealed record AuditTrail(string Subject, IReadOnlyList<AuditEvent> Events);
