using System.Text.Json;
using DiasporaMatch.Api;
using DiasporaMatch.Cli;
using Microsoft.AspNetCore.Routing;

namespace DiasporaMatch.Functions;

/// <summary>Both hosts serve the one route table: the local host maps it on Kestrel, the Functions app matches it under its <c>api</c> prefix (<see cref="Http.ApiRouteMatcherTests"/>).</summary>
public class RouteParityTests
{
    [Fact]
    public void The_functions_host_prefixes_routes_with_api_as_the_table_does()
    {
        var hostJson = Path.Combine(Path.GetDirectoryName(FunctionsMetadata.Path)!, "host.json");
        using var host = JsonDocument.Parse(File.ReadAllText(hostJson));
        Assert.Equal("api", host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.All(ApiRouteTable.Routes, r => Assert.StartsWith("/api/", r.Template, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_local_host_maps_exactly_the_route_table()
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
            var table = ApiRouteTable.Routes.Select(r => $"{r.Name} {r.Method} {r.Template}").Order(StringComparer.Ordinal);
            Assert.Equal(table, local);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
