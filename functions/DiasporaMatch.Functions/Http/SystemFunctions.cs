using DiasporaMatch.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace DiasporaMatch.Functions.Http;

public sealed class SystemFunctions(ApiServices api)
{
    [Function(nameof(Health))]
    public Task<IResult> Health([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest req) => api.RunAsync(nameof(Health), req);

    [Function(nameof(Ready))]
    public Task<IResult> Ready([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health/ready")] HttpRequest req) => api.RunAsync(nameof(Ready), req);

    [Function(nameof(OpenApi))]
    public Task<IResult> OpenApi([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest req) => api.RunAsync(nameof(OpenApi), req);

    [Function(nameof(ReferenceNames))]
    public Task<IResult> ReferenceNames([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reference")] HttpRequest req) => api.RunAsync(nameof(ReferenceNames), req);

    [Function(nameof(SuggestOccupations))]
    public Task<IResult> SuggestOccupations([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reference/occupations")] HttpRequest req) => api.RunAsync(nameof(SuggestOccupations), req);
}
