using System.Text.Json;
using DiasporaMatch.Assignments;
using DiasporaMatch.Audit;
using DiasporaMatch.Decisions;
using DiasporaMatch.Ranking.Learning;

namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// Everything held about an expert (right of access): the profile exactly as stored, the staff decisions and
/// assignments about them, the feature-log rows of lists they were ranked in, and the audit trail.
/// </summary>
internal sealed record ProfileExport(
    DateTimeOffset ExportedAt,
    JsonElement Profile,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<Assignment> Assignments,
    IReadOnlyList<FeatureLogEntry> FeatureLogs,
    IReadOnlyList<AuditEvent> Audit);
