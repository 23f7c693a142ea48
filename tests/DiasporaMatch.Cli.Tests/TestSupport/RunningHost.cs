using System.Net.Http.Headers;
using DiasporaMatch.Access;
using DiasporaMatch.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DiasporaMatch.Cli.TestSupport;

/// <summary>`dmatch serve` in-process on a free loopback port over a temp data folder; stopped and removed on dispose.</summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningHost(WebApplication app, string dataFolder, Uri address)
    {
        _app = app;
        DataFolder = dataFolder;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public string DataFolder { get; }

    public HttpClient Client { get; }

    /// <summary>The host's services, for tests that change what a host has (no trained model, say).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts the host and, unless <paramref name="waitUntilReady"/> is false, waits (bounded) until its start-up work
    /// is done; <paramref name="configure"/> adds settings or services first. <paramref name="dataFolder"/> serves a folder
    /// the test has filled (removed on dispose like the default fresh one).
    /// </summary>
    public static async Task<RunningHost> StartAsync(LocalHostOptions? options = null, Action<WebApplicationBuilder>? configure = null, bool waitUntilReady = true, string? dataFolder = null)
    {
        var data = dataFolder ?? Path.Combine(Path.GetTempPath(), "dmatch-host-tests", Guid.NewGuid().ToString("N"));
        var app = LocalHost.Build(data, "http://127.0.0.1:0", options, configure);
        await app.StartAsync();
        if (waitUntilReady)
        {
            await app.Services.GetRequiredService<ApiServices>().Startup.OpenAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningHost(app, data, new Uri(address));
    }

    public HttpRequestMessage Request(HttpMethod method, string path, Caller? caller, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (caller is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(caller));
        }

        return request;
    }

    public string Token(Caller caller) => Token(caller, TimeProvider.System);

    /// <summary>A token issued at the time <paramref name="time"/> says (to tell tokens from before and after a revocation).</summary>
    public string Token(Caller caller, TimeProvider time) =>
        new TokenService(DevSigningKey.LoadOrCreate(DataFolder), new ApiOptions().Issuer, time).Issue(caller, TimeSpan.FromHours(1));

    /// <summary>Stops this host and starts another on the same data folder, as a restart would; dispose the one returned.</summary>
    public async Task<RunningHost> RestartAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        return await StartAsync(dataFolder: DataFolder);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
