using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DiasporaMatch.Api.TestSupport;
using DiasporaMatch.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiasporaMatch.Api;

public sealed class ApiServiceCollectionExtensionsTests
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("DiasporaMatch:MaxRecordBytes", "5", "MaxRecordBytes")]
    [InlineData("DiasporaMatch:SigningKey", "too-short", "SigningKey")]
    [InlineData("DiasporaMatch:Telemetry:OtlpEndpoint", "not a url", "OtlpEndpoint")]
    [InlineData("DiasporaMatch:Telemetry:ServiceName", "two words", "ServiceName")]
    public async Task StartAsync_BadSetting_FailsWithOneLineNamingIt(string key, string value, string named)
    {
        var data = Directory.CreateTempSubdirectory("dmatch-api-tests-").FullName;
        try
        {
            await using var app = ApiHost.Build(data, new CapturedLogs(), new Dictionary<string, string?> { [key] = value });

            var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

            Assert.Contains(named, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Ready_StartupWorkInProgress_NotReadyUntilDoneWhileLivenessAnswersAtOnce()
    {
        HeldChangeFeedStore? held = null;
        await using var host = await ApiHost.StartAsync(services: s => s.AddSingleton<IDocumentStore>(sp =>
            held = new HeldChangeFeedStore(new FileDocumentStore(Path.Combine(sp.GetRequiredService<IOptions<ApiOptions>>().Value.DataFolder, "store")))));

        var waiting = host.Client.GetAsync(new Uri("/api/needs", UriKind.Relative)); // waits for start-up work, then 401 (no token)
        using var live = await host.Client.GetAsync(new Uri("/api/health", UriKind.Relative));
        using var notReady = await host.Client.GetAsync(new Uri("/api/health/ready", UriKind.Relative));
        var openApi = host.Client.GetAsync(new Uri("/api/openapi.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.False((await live.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ready").GetBoolean());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Equal("not-ready", (await notReady.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await openApi.WaitAsync(Bounded)).StatusCode);
        Assert.False(waiting.IsCompleted);
        Assert.False(host.Api.Startup.IsReady);

        held!.Release();
        await host.Api.Startup.OpenAsync().WaitAsync(Bounded);
        Assert.Equal(HttpStatusCode.Unauthorized, (await waiting.WaitAsync(Bounded)).StatusCode); // served once open, decoded or not

        // Ready once the indexes have also decoded their facts in the background (a moment for these few records).
        await host.Api.Startup.Current.Indexes.Warmed.WaitAsync(Bounded);
        using var ready = await host.Client.GetAsync(new Uri("/api/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.True(host.Api.Startup.IsWarm);
        using var health = await host.Client.GetAsync(new Uri("/api/health", UriKind.Relative));
        Assert.False((await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("factsWarming").GetBoolean());
        Assert.Contains(host.Logs.Entries, e => e.EventId == 5003); // "Ready: indexes caught up …"
    }
}
