using System.Text.Json;
using DiasporaMatch.Assignments;
using DiasporaMatch.Audit;
using DiasporaMatch.Decisions;
using DiasporaMatch.Ranking.Learning;

namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// Everything held about an expert (right of access): the profile exactly as stored, the staff decisions and
/// assignments about them, the feature-log rows of lists they were ranked in, the audit trail, and their interest in
/// investment opportunities.
/// </summary>
internal sealed record ProfileExport(
    DateTimeOffset ExportedAt,
    JsonElement Profile,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<Assignment> Assignments,
    IReadOnlyList<FeatureLogEntry> FeatureLogs,
    IReadOnlyList<AuditEvent> Audit,
    IReadOnlyList<Interests.OpportunityInterest> OpportunityInterests);
