using DiasporaMatch.Access;
using DiasporaMatch.Allocation;
using DiasporaMatch.Assignments;
using DiasporaMatch.Records;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>
/// Staff read the audit trail of one record (<c>GET /api/audit?subject=ID</c>, oldest first) or the newest events
/// of the whole log (<c>GET /api/audit/recent?limit=N</c>, newest first; <c>subjectKind=</c> and <c>role=</c> keep one
/// kind of record or one role of caller).
/// </summary>
internal static class AuditEndpoints
{
    /// <summary>The kinds of record the audit speaks of.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [AssignmentService.Kind, AllocationPlans.Kind, RecordKind.Decisions, "imports", RecordKind.Needs, RecordKind.Opportunities, RecordKind.Organisations, RecordKind.Profiles];

    /// <summary>Who acts: a signed-in caller's role, or system for work no caller started.</summary>
    public static IReadOnlyList<string> Roles { get; } = ["expert", "institution", "staff", "admin", "system"];

    public static async Task<IResult> ForSubjectAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ReadAudit, Ownership.None) is { } denied)
        {
            return denied;
        }

        var subject = request.Query("subject") ?? "";
        if (Guard.Id(subject, "subject") is { } bad)
        {
            return bad;
        }

        var events = await request.Services.Workspace.Audit.ForSubjectAsync(subject, request.Aborted);
        return Results.Ok(new Contracts.AuditTrail(subject, events));
    }

    public static async Task<IResult> RecentAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ReadAudit, Ownership.None) is { } denied)
        {
            return denied;
        }

        var (limit, _, problem) = Guard.Paging(request);
        if (problem is not null)
        {
            return problem;
        }

        var kind = request.Query("subjectKind");
        var role = request.Query("role");
        var errors = new[] { ("subjectKind", kind, Kinds), ("role", role, Roles) }
            .Where(f => f.Item2 is not null && !f.Item3.Contains(f.Item2))
            .Select(f => new FieldError(f.Item1, $"must be one of {string.Join(", ", f.Item3)}")
            {
                Code = "notInList",
                Args = new Dictionary<string, string>(StringComparer.Ordinal) { ["value"] = TextChecks.Shorten(f.Item2!) },
            })
            .ToList();
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var events = await request.Services.Workspace.Audit.RecentAsync(
            limit, e => (kind is null || e.SubjectKind == kind) && (role is null || e.Role == role), request.Aborted);
        return Results.Ok(new Contracts.RecentAudit(limit, events));
    }
}
