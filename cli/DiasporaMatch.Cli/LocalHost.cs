using DiasporaMatch.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Cli;

/// <summary>`dmatch serve`: the API's own handlers on Kestrel over the embedded store, index and model, plus the web UI.</summary>
public static class LocalHost
{
    public const string DefaultUrls = "http://127.0.0.1:7071";

    /// <summary>The local-development sign-in route of the web UI; not part of the API route table, never in Azure.</summary>
    public const string DevTokenPath = "/dev/token";

    /// <summary>
    /// The host, composed as a Program.cs would be: configuration, then <c>AddDiasporaMatch</c>, then the pipeline.
    /// <paramref name="configure"/> lets tests add settings or services (a store, an exporter) first.
    /// </summary>
    public static WebApplication Build(string dataFolder, string urls, LocalHostOptions? options = null, Action<WebApplicationBuilder>? configure = null)
    {
        options ??= new LocalHostOptions();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ApiOptions.Section}:{nameof(ApiOptions.DataFolder)}"] = dataFolder,
            [$"{ApiOptions.Section}:{nameof(ApiOptions.SigningKey)}"] = DevSigningKey.LoadOrCreate(dataFolder),
        });
        builder.Configuration.AddInMemoryCollection(options.Settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error); // bearer tokens only: no protected payloads
        // `dmatch serve` reports a failed start itself in one line (a bad setting, failed start-up work), not as the host's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.Error); // "still starting" on every readiness probe is not news
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = new ApiOptions().MaxImportBytes);
        configure?.Invoke(builder); // before composing: settings it adds reach every option, services it adds (a store) are used
        builder.Services.AddDiasporaMatch(builder.Configuration);

        var app = builder.Build();
        // Open the data folder now: a second `serve` (or one beside an import) fails to start with one line, not 500s on its writes.
        app.Services.GetRequiredService<Hosting.Workspace>();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        UseWebUi(app);
        app.UseAuthentication();
        app.MapDiasporaMatchApi();
        if (options.DevTokens != DevTokenRoles.None)
        {
            app.MapPost(DevTokenPath, (HttpContext http, TokenService tokens) => DevTokenEndpoint.IssueAsync(http, tokens, options.DevTokens));
        }

        return app;
    }

    /// <summary>Serves web/ (copied beside the executable by web/Web.targets): index.html at the root, then the static files.</summary>
    private static void UseWebUi(WebApplication app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "web");
        if (!Directory.Exists(folder))
        {
            return;
        }

        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
    }
}
