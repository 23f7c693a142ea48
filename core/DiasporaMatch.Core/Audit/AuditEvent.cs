namespace DiasporaMatch.Audit;

/// <summary>
/// One action, as staff read it later (kind <c>audit</c>): who (role and subject id), when, what, on which record,
/// and short before/after summaries. Summaries hold states, versions and counts, never personal data: an erased
/// expert's events stay behind as a tombstone of ids.
/// </summary>
public sealed record AuditEvent
{
    public string Id { get; init; } = "";

    public DateTimeOffset At { get; init; }

    /// <summary>expert, institution, staff, admin, or system for work no signed-in caller started.</summary>
    public string Role { get; init; } = "";

    public string By { get; init; } = "";

    /// <summary>What happened, as <c>kind.verb</c>: <c>needs.create</c>, <c>assignments.approved</c>, <c>import</c>.</summary>
    public string Action { get; init; } = "";

    public string SubjectKind { get; init; } = "";

    public string SubjectId { get; init; } = "";

    public string? Before { get; init; }

    public string? After { get; init; }
}
