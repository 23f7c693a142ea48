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
        var answer = await InvokeFailingAsync(new InvalidOperationException("secret detail nadia@example.org"));

        Assert.Equal(StatusCodes.Status500InternalServerError, answer.Status);
        Assert.Equal(answer.TraceId, answer.Body.GetProperty("traceId").GetString());
        Assert.DoesNotContain("secret detail", answer.Body.ToString(), StringComparison.Ordinal);
        var logged = Assert.Single(answer.Logs, e => e.EventId == 5001);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains(answer.TraceId, logged.Message, StringComparison.Ordinal);
        Assert.Contains("Failing", logged.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(logged.Exception);
    }

    [Fact]
    public async Task InvokeAsync_StorageCannotBeWritten_503ProblemSayingTheRequestDidNotComplete()
    {
        // What the change log throws once a failed write could not be cut back.
        var answer = await InvokeFailingAsync(new IOException("/data/changes.log: a failed write could not be cut back; no change is accepted until the store is reopened"));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, answer.Status);
        Assert.Equal("Storage unavailable", answer.Body.GetProperty("title").GetString());
        Assert.Contains("did not complete", answer.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("/data/changes.log", answer.Body.ToString(), StringComparison.Ordinal);
        Assert.Equal(answer.TraceId, answer.Body.GetProperty("traceId").GetString());
        var logged = Assert.Single(answer.Logs, e => e.EventId == 5006);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.IsType<IOException>(logged.Exception);
        Assert.DoesNotContain(answer.Logs, e => e.EventId == 5001);
    }

    private sealed record Answer(int Status, JsonElement Body, string TraceId, IReadOnlyList<CapturedLog> Logs);

    /// <summary>Runs a route whose handler throws <paramref name="failure"/> through the route table of a started service.</summary>
    private static async Task<Answer> InvokeFailingAsync(Exception failure)
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
            var route = new ApiRoute("Failing", "GET", "/api/failing", "throws", _ => throw failure);
            var http = new DefaultHttpContext { RequestServices = provider };
            http.Response.Body = new MemoryStream();
            using var activity = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start();

            var result = await ApiRouteTable.InvokeAsync(route, http, new Dictionary<string, string>(StringComparer.Ordinal), services);
            await result.ExecuteAsync(http);

            var body = JsonDocument.Parse(((MemoryStream)http.Response.Body).ToArray()).RootElement.Clone();
            return new Answer(http.Response.StatusCode, body, activity.Id!, logs.Entries);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
