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
        var services = endpoints.ServiceProvider.GetRequiredService<ApiServices>();
        foreach (var route in ApiRouteTable.Routes)
        {
            Func<HttpContext, Task<IResult>> handler = http =>
                ApiRouteTable.InvokeAsync(route, http, http.Request.RouteValues.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? "", StringComparer.Ordinal), services);
            endpoints.MapMethods(route.Template, [route.Method], handler)
                .WithName(route.Name)
                .WithSummary(route.Summary);
        }

        return endpoints;
    }
}
