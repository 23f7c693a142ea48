using DiasporaMatch.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace DiasporaMatch.Functions.Http;

public sealed class NeedFunctions(ApiServices api)
{
    [Function(nameof(ListNeeds))]
    public Task<IResult> ListNeeds([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "needs")] HttpRequest req) => api.RunAsync(nameof(ListNeeds), req);

    [Function(nameof(CreateNeed))]
    public Task<IResult> CreateNeed([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "needs")] HttpRequest req) => api.RunAsync(nameof(CreateNeed), req);

    [Function(nameof(GetNeed))]
    public Task<IResult> GetNeed([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "needs/{id}")] HttpRequest req, string id) => api.RunAsync(nameof(GetNeed), req, id);

    [Function(nameof(ReplaceNeed))]
    public Task<IResult> ReplaceNeed([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "needs/{id}")] HttpRequest req, string id) => api.RunAsync(nameof(ReplaceNeed), req, id);

    [Function(nameof(DeleteNeed))]
    public Task<IResult> DeleteNeed([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "needs/{id}")] HttpRequest req, string id) => api.RunAsync(nameof(DeleteNeed), req, id);

    [Function(nameof(MoveNeed))]
    public Task<IResult> MoveNeed([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "needs/{id}/status")] HttpRequest req, string id) => api.RunAsync(nameof(MoveNeed), req, id);

    [Function(nameof(ExpressInterest))]
    public Task<IResult> ExpressInterest([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "needs/{id}/interest")] HttpRequest req, string id) => api.RunAsync(nameof(ExpressInterest), req, id);

    [Function(nameof(NeedInterests))]
    public Task<IResult> NeedInterests([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "needs/{id}/interests")] HttpRequest req, string id) => api.RunAsync(nameof(NeedInterests), req, id);

    [Function(nameof(NeedMatches))]
    public Task<IResult> NeedMatches([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "needs/{id}/matches")] HttpRequest req, string id) => api.RunAsync(nameof(NeedMatches), req, id);
}
