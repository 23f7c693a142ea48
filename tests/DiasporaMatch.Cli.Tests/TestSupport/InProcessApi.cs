using System.Net;
using System.Security.Claims;
using DiasporaMatch.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace DiasporaMatch.Cli.TestSupport;

/// <summary>
/// Calls a route's handler in-process over a running host's own services, the way the Azure Functions adapter
/// does (authenticate the bearer token, <see cref="ApiRouteTable.InvokeAsync"/>, execute the result): no socket,
/// so a hundred thousand requests take seconds. Headers are not validated as Kestrel would on the way in, so a
/// handler meets worse than a real client can send; on the way out they are checked as Kestrel checks them.
/// </summary>
public sealed class InProcessApi(IServiceProvider services)
{
    private readonly ApiServices _api = services.GetRequiredService<ApiServices>();

    public sealed record Response(int Status, IHeaderDictionary Headers, byte[] Body);

    public async Task<Response> SendAsync(ApiRoute route, string? id, QueryString query, IReadOnlyDictionary<string, string> headers, Stream body)
    {
        await using var scope = services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Connection.RemoteIpAddress = IPAddress.Loopback;
        http.Request.Method = route.Method;
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("127.0.0.1");
        // The decoded path as routing hands it over (no handler reads it; route values carry the id).
        http.Request.Path = new PathString(route.Template.Replace("{id}", id ?? "", StringComparison.Ordinal));
        http.Request.QueryString = query;
        foreach (var (name, value) in headers)
        {
            http.Request.Headers[name] = new StringValues(value);
        }

        http.Request.Body = body;
        http.Response.Body = new MemoryStream();
        var auth = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        http.User = auth.Succeeded ? auth.Principal! : new ClaimsPrincipal(new ClaimsIdentity());
        var routeValues = new Dictionary<string, string>(StringComparer.Ordinal);
        if (route.Template.Contains("{id}", StringComparison.Ordinal))
        {
            routeValues["id"] = id ?? "";
        }

        var result = await ApiRouteTable.InvokeAsync(route, http, routeValues, _api);
        await result.ExecuteAsync(http);
        foreach (var (name, values) in http.Response.Headers)
        {
            if (values.Any(v => v is not null && v.Any(c => c < ' ' && c != '\t' || c == '\u007F')))
            {
                // Kestrel throws on this when it writes the headers: the client would get a 500 after the handler ran.
                throw new InvalidOperationException($"response header {name} holds a control character: Kestrel would fail the response");
            }
        }

        return new Response(http.Response.StatusCode, http.Response.Headers, ((MemoryStream)http.Response.Body).ToArray());
    }
}
