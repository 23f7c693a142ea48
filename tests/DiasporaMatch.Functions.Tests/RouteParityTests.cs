using System.Text.Json;
using DiasporaMatch.Api;
using DiasporaMatch.Cli;
using Microsoft.AspNetCore.Routing;

namespace DiasporaMatch.Functions;

/// <summary>Both hosts expose the same routes: the Functions app (functions.metadata) and the local host (Kestrel endpoints) against the one route table.</summary>
public class RouteParityTests
{
    private static readonly IReadOnlyList<FunctionDefinition> HttpFunctions = [.. FunctionsMetadata.Functions.Where(f => f.Trigger.Type == "httpTrigger")];

    [Fact]
    public void Every_route_has_exactly_one_http_function_with_its_name_method_and_route()
    {
        foreach (var route in ApiRouteTable.Routes)
        {
            var function = Assert.Single(HttpFunctions, f => f.Name == route.Name);
            Assert.Equal(route.FunctionRoute, function.Trigger.Get("route"));
            Assert.Equal(route.Method, Assert.Single(function.Trigger.Methods).ToUpperInvariant());
        }
    }

    [Fact]
    public void No_http_function_exists_outside_the_route_table()
    {
        var names = ApiRouteTable.Routes.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(HttpFunctions.Where(f => !names.Contains(f.Name)).Select(f => f.Name));
        Assert.Equal(ApiRouteTable.Routes.Count, HttpFunctions.Count);
    }

    [Fact]
    public void The_functions_host_prefixes_routes_with_api_as_the_table_does()
    {
        var hostJson = Path.Combine(Path.GetDirectoryName(FunctionsMetadata.Path)!, "host.json");
        using var host = JsonDocument.Parse(File.ReadAllText(hostJson));
        Assert.Equal("api", host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.All(ApiRouteTable.Routes, r => Assert.Equal(r.Template, "/api/" + r.FunctionRoute));
    }

    [Fact]
    public async Task The_local_host_and_the_functions_app_expose_identical_routes()
    {
        var folder = Directory.CreateTempSubdirectory("dmatch-parity-").FullName;
        try
        {
            await using var app = LocalHost.Build(folder, "http://127.0.0.1:0");
            // The local host also maps /dev/token for the web UI's development sign-in; the API is everything under /api/.
            var local = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
                .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
                .Select(e => (e.DisplayName, Method: Assert.Single(e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods), Route: e.RoutePattern.RawText!))
                .Select(e => $"{ApiRouteTable.Routes.Single(r => r.Template == e.Route && r.Method == e.Method).Name} {e.Method} {e.Route}")
                .Order(StringComparer.Ordinal);
            var functions = HttpFunctions
                .Select(f => $"{f.Name} {Assert.Single(f.Trigger.Methods).ToUpperInvariant()} /api/{f.Trigger.Get("route")}")
                .Order(StringComparer.Ordinal);
            Assert.Equal(functions, local);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
