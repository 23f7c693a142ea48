using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>
/// Headers every response carries. The policy fits the web UI (web/): scripts, styles, images, strings and API
/// calls from the same origin only, images also from blob: (the model chart is fetched with the token and shown
/// as an object URL), no inline script or style, never framed.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Apply(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
    }
}
