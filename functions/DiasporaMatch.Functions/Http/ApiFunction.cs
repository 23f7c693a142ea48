using DiasporaMatch.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace DiasporaMatch.Functions.Http;

/// <summary>
/// The one HTTP function: every request under <c>/api/</c> is matched against <see cref="ApiRouteTable"/>, as the
/// local host's endpoint routing does, and runs the shared handler. A route added to the table is served by both
/// hosts without a function of its own.
/// </summary>
public sealed class ApiFunction(ApiServices api)
{
    [Function("Api")]
    public Task<IResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "delete", Route = "{*path}")] HttpRequest req) => api.RunAsync(req);
}
