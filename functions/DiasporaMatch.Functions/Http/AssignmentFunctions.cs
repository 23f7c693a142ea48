using DiasporaMatch.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace DiasporaMatch.Functions.Http;

/// <summary>The assignment workflow and its lists, staff's saved filters, the audit trail, the programme dashboard and the retention report.</summary>
public sealed class AssignmentFunctions(ApiServices api)
{
    [Function(nameof(CreateAssignment))]
    public Task<IResult> CreateAssignment([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "assignments")] HttpRequest req) => api.RunAsync(nameof(CreateAssignment), req);

    [Function(nameof(GetAssignment))]
    public Task<IResult> GetAssignment([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "assignments/{id}")] HttpRequest req, string id) => api.RunAsync(nameof(GetAssignment), req, id);

    [Function(nameof(MoveAssignment))]
    public Task<IResult> MoveAssignment([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "assignments/{id}/transitions")] HttpRequest req, string id) => api.RunAsync(nameof(MoveAssignment), req, id);

    [Function(nameof(RescheduleAssignment))]
    public Task<IResult> RescheduleAssignment([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "assignments/{id}/dates")] HttpRequest req, string id) => api.RunAsync(nameof(RescheduleAssignment), req, id);

    [Function(nameof(GetSavedFilters))]
    public Task<IResult> GetSavedFilters([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "saved-filters")] HttpRequest req) => api.RunAsync(nameof(GetSavedFilters), req);

    [Function(nameof(SetSavedFilters))]
    public Task<IResult> SetSavedFilters([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "saved-filters")] HttpRequest req) => api.RunAsync(nameof(SetSavedFilters), req);

    [Function(nameof(ReadAudit))]
    public Task<IResult> ReadAudit([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "audit")] HttpRequest req) => api.RunAsync(nameof(ReadAudit), req);

    [Function(nameof(RetentionReport))]
    public Task<IResult> RetentionReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "privacy/retention")] HttpRequest req) => api.RunAsync(nameof(RetentionReport), req);

    [Function(nameof(ListAssignments))]
    public Task<IResult> ListAssignments([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "assignments")] HttpRequest req) => api.RunAsync(nameof(ListAssignments), req);

    [Function(nameof(RecentAudit))]
    public Task<IResult> RecentAudit([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "audit/recent")] HttpRequest req) => api.RunAsync(nameof(RecentAudit), req);

    [Function(nameof(ProgrammeDashboard))]
    public Task<IResult> ProgrammeDashboard([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programme/dashboard")] HttpRequest req) => api.RunAsync(nameof(ProgrammeDashboard), req);
}
