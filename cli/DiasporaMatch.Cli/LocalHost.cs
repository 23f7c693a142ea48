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

    public static WebApplication Build(string dataFolder, string urls) => Build(dataFolder, urls, new LocalHostOptions());

    public static WebApplication Build(string dataFolder, string urls, LocalHostOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ApiOptions.Section}:{nameof(ApiOptions.DataFolder)}"] = dataFolder,
            [$"{ApiOptions.Section}:{nameof(ApiOptions.SigningKey)}"] = DevSigningKey.LoadOrCreate(dataFolder),
        });
        builder.Configuration.AddInMemoryCollection(options.Settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error); // bearer tokens only: no protected payloads
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = new ApiOptions().MaxImportBytes);
        builder.Services.AddDiasporaMatchApi();

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
