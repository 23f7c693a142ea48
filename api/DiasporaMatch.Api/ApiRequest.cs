using DiasporaMatch.Access;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>What a handler gets, whichever host called it: the HTTP context, the route values and the caller.</summary>
public sealed record ApiRequest(HttpContext Http, IReadOnlyDictionary<string, string> Route, Caller? Caller, ApiServices Services)
{
    public string RouteValue(string name) => Route.TryGetValue(name, out var value) ? value : "";

    public string? Query(string name) => Http.Request.Query.TryGetValue(name, out var values) ? values.ToString() : null;

    public CancellationToken Aborted => Http.RequestAborted;
}
