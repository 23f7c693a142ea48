using DiasporaMatch.Audit;

namespace DiasporaMatch.Api.Contracts;

/// <summary>The newest audit events of the whole log, at most <c>limit</c>.</summary>
internal sealed record RecentAudit(int Limit, IReadOnlyList<AuditEvent> Events);
