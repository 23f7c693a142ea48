using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DiasporaMatch.Api;

public static class ApiEndpointRouteBuilderExtensions
{
    /// <summary>Maps every route of <see cref="ApiRouteTable"/>; the route table is the only place routes are declared.</summary>
    public static IEndpointRouteBuilder MapDiasporaMatchApi(this IEndpointRouteBuilder endpoints)
    {
        foreach (var route in ApiRouteTable.Routes)
        {
            // Resolved per request, not while mapping: options are validated when the host starts, not before.
            Func<HttpContext, Task<IResult>> handler = http =>
                ApiRouteTable.InvokeAsync(route, http, http.Request.RouteValues.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? "", StringComparer.Ordinal), http.RequestServices.GetRequiredService<ApiServices>());
            endpoints.MapMethods(route.Template, [route.Method], handler)
                .WithName(route.Name)
                .WithSummary(route.Summary);
        }

        return endpoints;
    }
}
