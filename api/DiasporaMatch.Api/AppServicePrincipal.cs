using System.Security.Claims;
using System.Text;
using System.Text.Json;

namespace DiasporaMatch.Api;

/// <summary>
/// Reads App Service Authentication's <c>X-MS-CLIENT-PRINCIPAL</c> header (base64 JSON of the signed-in user's
/// claims). Only trust it behind App Service Authentication, which strips any copy a client sends. Roles are the
/// app roles <c>expert</c>, <c>institution</c>, <c>staff</c>, <c>admin</c>; the subject is the
/// <c>dmatch_subject</c> claim (an expert's profile id), else the object id; the organisation <c>dmatch_org</c>.
/// </summary>
public static class AppServicePrincipal
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";
    private const string ObjectId = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    private const int MaxHeaderChars = 16 * 1024;

    /// <summary>A principal the API's <c>TokenService.CallerOf</c> understands, or null for a missing or malformed header.</summary>
    public static ClaimsPrincipal? Parse(string? header)
    {
        if (string.IsNullOrEmpty(header) || header.Length > MaxHeaderChars)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            var root = document.RootElement;
            var roleType = root.TryGetProperty("role_typ", out var rt) && rt.ValueKind == JsonValueKind.String ? rt.GetString()! : "roles";
            var claims = root.GetProperty("claims").EnumerateArray()
                .Select(c => (Type: c.GetProperty("typ").GetString() ?? "", Value: c.GetProperty("val").GetString() ?? ""))
                .ToList();
            var role = claims.FirstOrDefault(c => c.Type == roleType || c.Type == "roles").Value;
            var subject = claims.FirstOrDefault(c => c.Type == "dmatch_subject").Value ?? claims.FirstOrDefault(c => c.Type == ObjectId).Value;
            if (string.IsNullOrEmpty(role) || string.IsNullOrEmpty(subject))
            {
                return null;
            }

            var identity = new List<Claim> { new("sub", subject), new("role", role) };
            if (claims.FirstOrDefault(c => c.Type == "dmatch_org").Value is { Length: > 0 } organisation)
            {
                identity.Add(new Claim("org", organisation));
            }

            return new ClaimsPrincipal(new ClaimsIdentity(identity, authenticationType: "AppServiceAuthentication"));
        }
        catch (Exception ex) when (ex is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
