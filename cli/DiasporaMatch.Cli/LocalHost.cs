using DiasporaMatch.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DiasporaMatch.Cli;

/// <summary>`dmatch serve`: the API's own handlers on Kestrel over the embedded store, index and model.</summary>
public static class LocalHost
{
    public const string DefaultUrls = "http://127.0.0.1:7071";

    public static WebApplication Build(string dataFolder, string urls)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ApiOptions.Section}:{nameof(ApiOptions.DataFolder)}"] = dataFolder,
            [$"{ApiOptions.Section}:{nameof(ApiOptions.SigningKey)}"] = DevSigningKey.LoadOrCreate(dataFolder),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error); // bearer tokens only: no protected payloads
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = new ApiOptions().MaxImportBytes);
        builder.Services.AddDiasporaMatchApi();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.MapDiasporaMatchApi();
        return app;
    }
}
