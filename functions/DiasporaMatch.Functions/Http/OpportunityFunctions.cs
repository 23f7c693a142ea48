using DiasporaMatch.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace DiasporaMatch.Functions.Http;

public sealed class OpportunityFunctions(ApiServices api)
{
    [Function(nameof(ListOpportunities))]
    public Task<IResult> ListOpportunities([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "opportunities")] HttpRequest req) => api.RunAsync(nameof(ListOpportunities), req);

    [Function(nameof(CreateOpportunity))]
    public Task<IResult> CreateOpportunity([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "opportunities")] HttpRequest req) => api.RunAsync(nameof(CreateOpportunity), req);

    [Function(nameof(GetOpportunity))]
    public Task<IResult> GetOpportunity([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "opportunities/{id}")] HttpRequest req, string id) => api.RunAsync(nameof(GetOpportunity), req, id);

    [Function(nameof(ReplaceOpportunity))]
    public Task<IResult> ReplaceOpportunity([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "opportunities/{id}")] HttpRequest req, string id) => api.RunAsync(nameof(ReplaceOpportunity), req, id);

    [Function(nameof(DeleteOpportunity))]
    public Task<IResult> DeleteOpportunity([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "opportunities/{id}")] HttpRequest req, string id) => api.RunAsync(nameof(DeleteOpportunity), req, id);

    [Function(nameof(ExpressOpportunityInterest))]
    public Task<IResult> ExpressOpportunityInterest([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "opportunities/{id}/interest")] HttpRequest req, string id) => api.RunAsync(nameof(ExpressOpportunityInterest), req, id);

    [Function(nameof(OpportunityInterests))]
    public Task<IResult> OpportunityInterests([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "opportunities/{id}/interests")] HttpRequest req, string id) => api.RunAsync(nameof(OpportunityInterests), req, id);

    [Function(nameof(IntroduceInvestor))]
    public Task<IResult> IntroduceInvestor([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "opportunities/{id}/introductions")] HttpRequest req, string id) => api.RunAsync(nameof(IntroduceInvestor), req, id);
}
