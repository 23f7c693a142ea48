using DiasporaMatch.Hosting;
using DiasporaMatch.Search;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace DiasporaMatch.Api;

public static class ApiServiceCollectionExtensions
{
    /// <summary>The API's services over the embedded store: options (validated at start), workspace, matching, bearer tokens.</summary>
    public static IServiceCollection AddDiasporaMatchApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddProblemDetails();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => Workspace.Open(sp.GetRequiredService<IOptions<ApiOptions>>().Value.DataFolder, new WorkspaceOptions { Time = sp.GetRequiredService<TimeProvider>() }));
        services.AddSingleton(sp => MatchService.OpenAsync(sp.GetRequiredService<Workspace>()).GetAwaiter().GetResult());
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ApiOptions>>().Value;
            return new TokenService(options.SigningKey, options.Issuer, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<ApiServices>();

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
        });
        return services;
    }
}
