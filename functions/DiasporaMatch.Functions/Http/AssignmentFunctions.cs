using DiasporaMatch.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace DiasporaMatch.Functions.Http;

/// <summary>The assignment workflow, the audit trail and the retention report.</summary>
public sealed class AssignmentFunctions(ApiServices api)
{
    [Function(nameof(CreateAssignment))]
    public Task<IResult> CreateAssignment([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "assignments")] HttpRequest req) => api.RunAsync(nameof(CreateAssignment), req);

    [Function(nameof(GetAssignment))]
    public Task<IResult> GetAssignment([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "assignments/{id}")] HttpRequest req, string id) => api.RunAsync(nameof(GetAssignment), req, id);

    [Function(nameof(MoveAssignment))]
    public Task<IResult> MoveAssignment([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "assignments/{id}/transitions")] HttpRequest req, string id) => api.RunAsync(nameof(MoveAssignment), req, id);

    [Function(nameof(ReadAudit))]
    public Task<IResult> ReadAudit([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "audit")] HttpRequest req) => api.RunAsync(nameof(ReadAudit), req);

    [Function(nameof(RetentionReport))]
    public Task<IResult> RetentionReport([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "privacy/retention")] HttpRequest req) => api.RunAsync(nameof(RetentionReport), req);
}
