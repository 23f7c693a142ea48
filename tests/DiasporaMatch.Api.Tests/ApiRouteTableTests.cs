using System.Diagnostics;
using System.Text.Json;
using DiasporaMatch.Api.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Api;

public sealed class ApiRouteTableTests
{
    [Fact]
    public async Task InvokeAsync_HandlerThrows_500ProblemWithTheTraceIdItIsLoggedWith()
    {
        var data = Directory.CreateTempSubdirectory("dmatch-api-tests-").FullName;
        var logs = new CapturedLogs();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ApiOptions.Section}:{nameof(ApiOptions.DataFolder)}"] = data,
            [$"{ApiOptions.Section}:{nameof(ApiOptions.SigningKey)}"] = ApiHost.SigningKey,
        }).Build();
        try
        {
            await using var provider = new ServiceCollection().AddLogging(b => b.AddProvider(logs)).AddDiasporaMatch(configuration).BuildServiceProvider();
            var services = provider.GetRequiredService<ApiServices>();
            await services.Startup.OpenAsync();
            var route = new ApiRoute("Failing", "GET", "/api/failing", "throws", _ => throw new InvalidOperationException("secret detail nadia@example.org"));
            var http = new DefaultHttpContext { RequestServices = provider };
            http.Response.Body = new MemoryStream();
            using var activity = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start();

            var result = await ApiRouteTable.InvokeAsync(route, http, new Dictionary<string, string>(StringComparer.Ordinal), services);
            await result.ExecuteAsync(http);

            Assert.Equal(StatusCodes.Status500InternalServerError, http.Response.StatusCode);
            var body = JsonDocument.Parse(((MemoryStream)http.Response.Body).ToArray()).RootElement;
            Assert.Equal(activity.Id, body.GetProperty("traceId").GetString());
            Assert.DoesNotContain("secret detail", body.ToString(), StringComparison.Ordinal);
            var logged = Assert.Single(logs.Entries, e => e.EventId == 5001);
            Assert.Equal(LogLevel.Error, logged.Level);
            Assert.Contains(activity.Id!, logged.Message, StringComparison.Ordinal);
            Assert.Contains("Failing", logged.Message, StringComparison.Ordinal);
            Assert.IsType<InvalidOperationException>(logged.Exception);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
