namespace DiasporaMatch.Api;

/// <summary>
/// One route of the API: both hosts serve exactly these (the local host maps them, the Functions app matches them).
/// The init-only members declare its contract for the OpenAPI document; they are optional so a route declared with
/// the five positional values alone still compiles (and is described as a bare 200).
/// </summary>
public sealed record ApiRoute(string Name, string Method, string Template, string Summary, ApiHandler Handler)
{
    /// <summary>The CLR type of the JSON request body, if the route reads one.</summary>
    public Type? Body { get; init; }

    /// <summary>The media types of a non-JSON body (CV upload, import); the schema is then a binary string.</summary>
    public IReadOnlyList<string> BodyMediaTypes { get; init; } = [];

    /// <summary>The success status: 200, 201 (with Location), 202 or 204.</summary>
    public int Status { get; init; } = 200;

    /// <summary>The CLR type of the JSON success body; null for none (204) or a non-JSON one (see <see cref="ResponseMediaType"/>).</summary>
    public Type? Response { get; init; }

    /// <summary>The media type of a non-JSON success body (a PNG chart).</summary>
    public string? ResponseMediaType { get; init; }

    /// <summary>The media types of a route that answers in more than one non-JSON format (an export as CSV or XLSX).</summary>
    public IReadOnlyList<string> ResponseMediaTypes { get; init; } = [];

    /// <summary>The error statuses the route really answers, each with a problem-details body.</summary>
    public IReadOnlyList<int> Errors { get; init; } = [];

    /// <summary>The query parameters the route reads.</summary>
    public IReadOnlyList<string> Query { get; init; } = [];
}
