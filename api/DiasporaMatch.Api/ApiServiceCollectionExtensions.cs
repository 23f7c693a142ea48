using System.Text;
using DiasporaMatch.Access;
using DiasporaMatch.Hosting;
using DiasporaMatch.Matching;
using DiasporaMatch.Storage;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DiasporaMatch.Api;

/// <summary>
/// The composition both hosts share (`dmatch serve` and the Functions app): one call per concern, options bound
/// from configuration and validated when the host starts, start-up work in a hosted service.
/// </summary>
public static class ApiServiceCollectionExtensions
{
    /// <summary>Workspace, matching, the HTTP API and telemetry, from <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddDiasporaMatch(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddDmatchWorkspace(configuration)
            .AddDmatchMatching()
            .AddDmatchApi()
            .AddDmatchTelemetry(configuration);

    /// <summary>
    /// <see cref="ApiOptions"/> (validated at start) and the data folder's <see cref="Workspace"/> over the embedded
    /// file store, or over a store the host registered as <see cref="IDocumentStore"/> (the Functions app's Blob store).
    /// </summary>
    public static IServiceCollection AddDmatchWorkspace(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ApiOptions>>().Value;
            return Workspace.Open(options.DataFolder, new WorkspaceOptions
            {
                Time = sp.GetRequiredService<TimeProvider>(),
                Store = sp.GetService<IDocumentStore>(),
                BundledModels = options.BundledModels,
                Retrieval = options.Retrieval,
                ErasureKey = options.ErasureKey is { } key ? Encoding.UTF8.GetBytes(key) : null,
                LoggerFactory = sp.GetRequiredService<ILoggerFactory>(),
            });
        });
        return services;
    }

    /// <summary>The match service, opened by start-up work in the background, and the readiness check that waits for it.</summary>
    public static IServiceCollection AddDmatchMatching(this IServiceCollection services)
    {
        services.TryAddSingleton<MatchServiceStartup>();
        services.AddHostedService<MatchServiceStartupService>();
        services.AddHealthChecks().AddCheck<StartupHealthCheck>(StartupHealthCheck.Name, tags: [StartupHealthCheck.ReadyTag]);
        return services;
    }

    /// <summary>What the route handlers use: <see cref="ApiServices"/>, problem details and bearer tokens.</summary>
    public static IServiceCollection AddDmatchApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ApiOptions>>().Value;
            return new TokenService(options.SigningKey, options.Issuer, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp => new TokenRevocations(sp.GetRequiredService<Workspace>().Store, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ApiServices>();
        // Notifications (#19): mail settings checked at start; the sender is idle without an SMTP host.
        services.AddOptions<Notifications.NotificationMailOptions>().BindConfiguration(Notifications.NotificationMailOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Notifications.NotificationMailOptions>, NotificationOptionsValidation>();
        // Unsubscribe links are signed with their own key when one is set, else with the bearer-token key (the same on every instance).
        services.AddOptions<Notifications.NotificationMailOptions>().PostConfigure<IOptions<ApiOptions>>((mail, api) =>
        {
            if (string.IsNullOrEmpty(mail.UnsubscribeKey) && !string.IsNullOrEmpty(api.Value.SigningKey))
            {
                mail.UnsubscribeKey = "unsubscribe:" + api.Value.SigningKey;
            }
        });
        services.AddHostedService<NotificationDelivery>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TokenService>((jwt, tokens) =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = tokens.Issuer,
                ValidAudience = TokenService.Audience,
                IssuerSigningKey = tokens.Key,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ClockSkew = TimeSpan.FromMinutes(1),
            };
            jwt.Events = new JwtBearerEvents { OnTokenValidated = RefuseRevokedAsync };
        });
        return services;
    }

    /// <summary>Drops the in-process notification loop: the Azure app delivers through its queue functions instead.</summary>
    public static IServiceCollection WithoutNotificationLoop(this IServiceCollection services)
    {
        foreach (var descriptor in services.Where(d => d.ImplementationType == typeof(NotificationDelivery)).ToList())
        {
            services.Remove(descriptor);
        }

        return services;
    }

    /// <summary>A token issued before its subject was revoked (erased) is refused, though it has not expired.</summary>
    private static async Task RefuseRevokedAsync(TokenValidatedContext context)
    {
        var revocations = context.HttpContext.RequestServices.GetRequiredService<TokenRevocations>();
        if (context.Principal is { } principal && await TokenService.IsRevokedAsync(principal, revocations, context.HttpContext.RequestAborted))
        {
            context.Fail("the token was issued before its subject was erased");
        }
    }

    /// <summary>
    /// OpenTelemetry traces and metrics: HTTP requests (ASP.NET Core instrumentation), the domain's match spans and
    /// stage latencies and import counts (<see cref="MatchTelemetry.Name"/>). Exported through OTLP when an endpoint is
    /// configured (<see cref="TelemetryOptions.OtlpEndpoint"/> or <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), to the console
    /// only when <see cref="TelemetryOptions.Console"/> is set.
    /// </summary>
    public static IServiceCollection AddDmatchTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TelemetryOptions.Section);
        services.AddOptions<TelemetryOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();

        // The exporters are chosen while composing; a malformed value adds none here and fails start-up validation.
        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(MatchTelemetry.Name).AddAspNetCoreInstrumentation();
                if (options.Console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(MatchTelemetry.Name).AddAspNetCoreInstrumentation();
                if (options.Console)
                {
                    metrics.AddConsoleExporter();
                }
            });
        if (Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var endpoint))
        {
            telemetry.UseOtlpExporter(OtlpExportProtocol.Grpc, endpoint);
        }
        else if (!string.IsNullOrWhiteSpace(configuration[TelemetryOptions.OtlpEndpointVariable]))
        {
            telemetry.UseOtlpExporter(); // reads OTEL_EXPORTER_OTLP_* itself
        }

        return services;
    }
}
