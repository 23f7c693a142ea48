using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Api.TestSupport;

/// <summary>
/// The API composed as a host's Program.cs does (AddDiasporaMatch, MapDiasporaMatchApi) on Kestrel, on a free
/// loopback port over a temp data folder; stopped and removed on dispose.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    public const string SigningKey = "api-tests-signing-key-0123456789abcdef0123";

    private readonly WebApplication _app;

    private ApiHost(WebApplication app, string dataFolder, CapturedLogs logs)
    {
        _app = app;
        DataFolder = dataFolder;
        Logs = logs;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    public string DataFolder { get; }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _app.Services;

    public ApiServices Api => _app.Services.GetRequiredService<ApiServices>();

    /// <summary>Composes the host; <paramref name="settings"/> override configuration, <paramref name="services"/> adds services first.</summary>
    public static WebApplication Build(string dataFolder, CapturedLogs logs, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var configuration = new Dictionary<string, string?>
        {
            [$"{ApiOptions.Section}:{nameof(ApiOptions.DataFolder)}"] = dataFolder,
            [$"{ApiOptions.Section}:{nameof(ApiOptions.SigningKey)}"] = SigningKey,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        services?.Invoke(builder.Services);
        builder.Services.AddDiasporaMatch(builder.Configuration);
        var app = builder.Build();
        app.UseAuthentication();
        app.MapDiasporaMatchApi();
        return app;
    }

    public static async Task<ApiHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var data = Directory.CreateTempSubdirectory("dmatch-api-tests-").FullName;
        var logs = new CapturedLogs();
        var app = Build(data, logs, settings, services);
        await app.StartAsync();
        return new ApiHost(app, data, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(DataFolder, recursive: true);
    }
}
