using System.Text;
using DiasporaMatch.Access;
using DiasporaMatch.Hosting;
using DiasporaMatch.Replication;
using DiasporaMatch.Storage;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DiasporaMatch.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The API's services over the embedded store (or a store the host registered as <see cref="IDocumentStore"/>): options (validated at start), workspace, matching, bearer tokens.</summary>
    public static IServiceCollection AddDiasporaMatchApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddProblemDetails();
        services.AddSingleton(TimeProvider.System);
        // A host may register its own IDocumentStore (the Functions app's Blob store); otherwise the data folder's file store.
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ApiOptions>>().Value;
            return Workspace.Open(options.DataFolder, new WorkspaceOptions
            {
                Time = sp.GetRequiredService<TimeProvider>(),
                Store = sp.GetService<IDocumentStore>(),
                ErasureKey = options.ErasureKey is { } key ? Encoding.UTF8.GetBytes(key) : null,
            });
        });
        services.AddSingleton(sp =>
        {
            var workspace = sp.GetRequiredService<Workspace>();
            // A scaled-out host registers a replica: the local index starts from the newest published snapshot, then follows the change log.
            sp.GetService<IndexSnapshotReplica>()?.RestoreNewestAsync(workspace.IndexFolder).GetAwaiter().GetResult();
            return workspace.OpenMatchServiceAsync().GetAwaiter().GetResult();
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ApiOptions>>().Value;
            return new TokenService(options.SigningKey, options.Issuer, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp => new TokenRevocations(sp.GetRequiredService<Workspace>().Store, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ApiServices>();
        services.AddHostedService<ErasureResumption>();
        // Notifications (#19): mail settings checked at start; the sender is idle without an SMTP host.
        services.AddOptions<Notifications.NotificationMailOptions>().BindConfiguration(Notifications.NotificationMailOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<Notifications.NotificationMailOptions>, NotificationOptionsValidation>();
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

    /// <summary>A token issued before its subject was revoked (erased) is refused, though it has not expired.</summary>
    private static async Task RefuseRevokedAsync(TokenValidatedContext context)
    {
        var principal = context.Principal;
        var subject = principal?.FindFirst(JwtRegisteredClaimNames.Sub)?.Value;
        if (principal is null || string.IsNullOrEmpty(subject))
        {
            return;
        }

        var revocations = context.HttpContext.RequestServices.GetRequiredService<TokenRevocations>();
        // A token without iat cannot show it came after a revocation: every revoked subject's such token is refused.
        var issuedAt = TokenService.IssuedAt(principal) ?? DateTimeOffset.MinValue;
        if (await revocations.IsRevokedAsync(subject, issuedAt, context.HttpContext.RequestAborted))
        {
            context.Fail("the token was issued before its subject was erased");
        }
    }
}
