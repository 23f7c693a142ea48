using System.Security.Claims;
using System.Text;
using DiasporaMatch.Access;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DiasporaMatch.Api;

/// <summary>Issues and describes the bearer tokens of the local host (`dmatch token`); Azure uses App Service Authentication.</summary>
public sealed class TokenService(string signingKey, string issuer, TimeProvider time)
{
    public const string RoleClaim = "role";
    public const string OrganisationClaim = "org";
    public const string Audience = "diasporamatch-api";

    public SymmetricSecurityKey Key { get; } = new(Encoding.UTF8.GetBytes(signingKey));

    public string Issuer => issuer;

    public string Issue(Caller caller, TimeSpan lifetime)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = caller.Subject,
            [RoleClaim] = RoleNames.Name(caller.Role),
        };
        if (caller.OrganisationId is not null)
        {
            claims[OrganisationClaim] = caller.OrganisationId;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>When a validated token was issued (its <c>iat</c>), or null when it carries none (App Service principals).</summary>
    /// <summary>
    /// Whether the principal's subject was revoked (erased) after it was signed in: a bearer token by its issue time,
    /// and a sign-in without one (an App Service principal, a token without iat) cannot show it came after the
    /// revocation, so every such sign-in of a revoked subject is refused. The one rule for both ways in.
    /// </summary>
    public static async Task<bool> IsRevokedAsync(ClaimsPrincipal principal, TokenRevocations revocations, CancellationToken cancellationToken) =>
        principal.FindFirst(JwtRegisteredClaimNames.Sub)?.Value is { Length: > 0 } subject
        && await revocations.IsRevokedAsync(subject, IssuedAt(principal) ?? DateTimeOffset.MinValue, cancellationToken);

    public static DateTimeOffset? IssuedAt(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirst(JwtRegisteredClaimNames.Iat)?.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            && seconds is > 0 and < 253402300800L
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>The caller a validated principal names, or null when it names no known role.</summary>
    public static Caller? CallerOf(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var subject = principal.FindFirst(JwtRegisteredClaimNames.Sub)?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var roleText = principal.FindFirst(RoleClaim)?.Value ?? principal.FindFirst(ClaimTypes.Role)?.Value;
        // Strict: only the names Issue writes ("ADMIN" or "3" are no role at all).
        if (string.IsNullOrEmpty(subject) || !RoleNames.TryParse(roleText, out var role))
        {
            return null;
        }

        var organisation = principal.FindFirst(OrganisationClaim)?.Value;
        return role == Role.Institution && string.IsNullOrEmpty(organisation) ? null : new Caller(role, subject, organisation);
    }
}
