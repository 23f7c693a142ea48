using System.Net;
using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace DiasporaMatch.Cli;

/// <summary>
/// Local development only: the web UI's sign-in, `dmatch token` for the browser. Body
/// <c>{"role": "expert|institution|staff", "subject": "ID", "org": "ORG"}</c>; answers <c>{"token", "role", "subject", "org"}</c>.
/// Refused unless the request is from a loopback address AND names a loopback host (a DNS-rebinding page reaches
/// the server from the browser's loopback address, but under its own host name) AND is sent as application/json
/// (a cross-site form or a "simple" fetch cannot send that type without a preflight). Staff tokens only when the
/// server was started with them; admin never.
/// </summary>
internal static class DevTokenEndpoint
{
    private const int MaxBodyBytes = 4 * 1024;

    public static async Task<IResult> IssueAsync(HttpContext http, TokenService tokens, DevTokenRoles allowed)
    {
        SecurityHeaders.Apply(http.Response.Headers);
        if (http.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
        {
            return Problems.Status(StatusCodes.Status403Forbidden, "Not allowed", "development tokens are issued to loopback callers only");
        }

        if (!IsLoopbackHost(http.Request.Host))
        {
            return Problems.Status(StatusCodes.Status403Forbidden, "Not allowed", "development tokens are issued only to a request for localhost, 127.0.0.1 or [::1]");
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var mediaType) || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Send JSON", "Content-Type must be application/json");
        }

        var (body, problem) = await JsonBody.ReadAsync(http.Request, MaxBodyBytes, http.RequestAborted);
        if (problem is not null)
        {
            return problem;
        }

        var roleText = Text(body, "role");
        var subject = Text(body, "subject")?.Trim();
        var organisation = Text(body, "org")?.Trim();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!RoleNames.TryParse(roleText, out var role) || role is not (Role.Expert or Role.Institution or Role.Staff))
        {
            errors["role"] = ["must be expert, institution or staff"];
        }

        if (string.IsNullOrEmpty(subject) || subject.Length > 64)
        {
            errors["subject"] = ["required, at most 64 characters"];
        }

        if (role == Role.Institution && string.IsNullOrEmpty(organisation))
        {
            errors["org"] = ["required for an institution member"];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The request has invalid fields");
        }

        if (role == Role.Staff && allowed != DevTokenRoles.MembersAndStaff)
        {
            return Problems.Status(StatusCodes.Status403Forbidden, "Not allowed", "staff tokens need the server started with `dmatch serve --dev-staff-tokens`");
        }

        var caller = new Caller(role, subject!, role == Role.Institution ? organisation : null);
        var token = tokens.Issue(caller, TimeSpan.FromHours(8));
        return Results.Json(new DevToken(token, RoleNames.Name(role), caller.Subject, caller.OrganisationId));
    }

    /// <summary>localhost, 127.0.0.1 or [::1], any port; nothing else (an empty Host included).</summary>
    internal static bool IsLoopbackHost(HostString host) =>
        host.HasValue
        && (host.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.Host is "127.0.0.1" or "[::1]");

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record DevToken(string Token, string Role, string Subject, string? Org);
}
