using System.Collections.Frozen;
using DiasporaMatch.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Functions.Http;

/// <summary>
/// The one HTTP adapter: every HTTP function is named after its <see cref="ApiRouteTable"/> route and calls this,
/// which authenticates the bearer token (the Functions host runs no ASP.NET Core auth middleware) and runs the
/// shared handler, exactly as the local host does.
/// </summary>
internal static class ApiAdapter
{
    private static readonly FrozenDictionary<string, ApiRoute> ByName = ApiRouteTable.Routes.ToFrozenDictionary(r => r.Name, StringComparer.Ordinal);
    private static readonly Dictionary<string, string> NoRouteValues = new(StringComparer.Ordinal);

    public static async Task<IResult> RunAsync(this ApiServices services, string name, HttpRequest req, string? id = null)
    {
        var http = req.HttpContext;
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

        var routeValues = id is null ? NoRouteValues : new Dictionary<string, string>(StringComparer.Ordinal) { ["id"] = id };
        return await ApiRouteTable.InvokeAsync(ByName[name], http, routeValues, services);
    }
}
