using DiasporaMatch.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace DiasporaMatch.Functions.Http;

/// <summary>
/// What <see cref="ApiFunction"/> does with a request: finds its route, authenticates the bearer token (the Functions
/// host runs no ASP.NET Core auth middleware) and runs the shared handler, exactly as the local host does.
/// </summary>
internal static class ApiAdapter
{
    public static async Task<IResult> RunAsync(this ApiServices services, HttpRequest req)
    {
        var http = req.HttpContext;
        if (ApiRouteMatcher.Find(req.Method, req.Path, out var routeValues, out var allowed) is not { } route)
        {
            return NoRoute(req, allowed);
        }

        var auth = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (auth.Succeeded)
        {
            http.User = auth.Principal;
        }
        else if (services.Options.TrustAppServiceAuthentication && AppServicePrincipal.Parse(req.Headers[AppServicePrincipal.Header]) is { } principal)
        {
            // Behind App Service Authentication (Entra ID) the platform signs users in and sets this header itself; an
            // erased subject's sign-in is refused by the same rule as a bearer token's.
            if (await TokenService.IsRevokedAsync(principal, services.Revocations, http.RequestAborted))
            {
                return Problems.Unauthorized();
            }

            http.User = principal;
        }

        return await ApiRouteTable.InvokeAsync(route, http, routeValues, services);
    }

    private static IResult NoRoute(HttpRequest req, IReadOnlyList<string> allowed)
    {
        SecurityHeaders.Apply(req.HttpContext.Response.Headers); // as every answer of the table's routes has them
        if (allowed.Count == 0)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "Not found", $"no route {req.Path} (see /api/openapi.json)");
        }

        req.HttpContext.Response.Headers[HeaderNames.Allow] = string.Join(", ", allowed);
        return Problems.Status(StatusCodes.Status405MethodNotAllowed, "Method not allowed", $"{req.Path} answers {string.Join(", ", allowed)}");
    }
}
