using System.Net;
using System.Text.Json;
using DiasporaMatch.Access;
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
    public static WebApplication Build(string dataFolder, string urls, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ApiOptions.Section}:{nameof(ApiOptions.DataFolder)}"] = dataFolder,
            [$"{ApiOptions.Section}:{nameof(ApiOptions.SigningKey)}"] = DevSigningKey.LoadOrCreate(dataFolder),
        });
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
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        UseWebUi(app);
        app.UseAuthentication();
        app.MapDiasporaMatchApi();
        app.MapPost(DevTokenPath, IssueDevTokenAsync);
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

    /// <summary>
    /// Local development only: the web UI's sign-in. Body <c>{"role": "expert|institution|staff", "subject": "ID", "org": "ORG"}</c>;
    /// answers <c>{"token", "role", "subject", "org"}</c>. Loopback callers only, never admin: it is `dmatch token` for the browser.
    /// </summary>
    private static async Task<IResult> IssueDevTokenAsync(HttpContext http, TokenService tokens)
    {
        if (http.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
        {
            return Problems.Forbidden();
        }

        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Problems.Status(StatusCodes.Status400BadRequest, "Malformed JSON", "send {\"role\", \"subject\", \"org\"}");
        }

        var role = Text(body, "role");
        var subject = Text(body, "subject")?.Trim();
        var organisation = Text(body, "org")?.Trim();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!Enum.TryParse<Role>(role, ignoreCase: true, out var parsed) || parsed is not (Role.Expert or Role.Institution or Role.Staff))
        {
            errors["role"] = ["must be expert, institution or staff"];
        }

        if (string.IsNullOrEmpty(subject) || subject.Length > 64)
        {
            errors["subject"] = ["required, at most 64 characters"];
        }

        if (parsed == Role.Institution && string.IsNullOrEmpty(organisation))
        {
            errors["org"] = ["required for an institution member"];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The request has invalid fields");
        }

        var caller = new Caller(parsed, subject!, parsed == Role.Institution ? organisation : null);
        var token = tokens.Issue(caller, TimeSpan.FromHours(8));
        return Results.Json(new DevToken(token, parsed.ToString().ToLowerInvariant(), caller.Subject, caller.OrganisationId));
    }

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record DevToken(string Token, string Role, string Subject, string? Org);
}
