using System.Diagnostics.CodeAnalysis;
using System.Text;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>Turns store documents and write outcomes into HTTP answers (ETag headers, 201/200/4xx).</summary>
internal static class RecordResults
{
    public static IResult Document(HttpContext http, StoredDocument document)
    {
        http.Response.Headers.ETag = Quote(document.Version);
        return Results.Text(Encoding.UTF8.GetString(document.Json.Span), "application/json", Encoding.UTF8);
    }

    public static IResult Written(HttpContext http, string kind, WriteOutcome outcome) => outcome.Status switch
    {
        WriteStatus.Created => WithETag(http, outcome, Results.Created(LocationOf(kind, outcome.Id!), new Contracts.WriteReceipt(outcome.Id!, outcome.Version!))),
        WriteStatus.Updated => WithETag(http, outcome, Results.Ok(new Contracts.WriteReceipt(outcome.Id!, outcome.Version!))),
        WriteStatus.NotFound => Problems.NotFound($"{kind}/{outcome.Id}"),
        WriteStatus.AlreadyExists => Problems.Status(StatusCodes.Status409Conflict, "Already exists", outcome.Errors[0].Message),
        WriteStatus.VersionMismatch => Problems.Status(StatusCodes.Status412PreconditionFailed, "Stale version", outcome.Errors[0].Message),
        _ => Problems.Validation(outcome.Errors),
    };

    /// <summary>
    /// The version a conditional write may name: <c>Version</c> is the current version when If-Match is satisfied,
    /// null when no If-Match was sent; otherwise <c>Problem</c> is 400 (malformed) or 412 (no tag matches).
    /// </summary>
    public static (string? Version, IResult? Problem) IfMatch(HttpRequest request, string currentVersion)
    {
        var condition = IfMatchCondition.Parse(request.Headers.IfMatch);
        if (condition.IsMalformed)
        {
            return (null, Problems.Status(StatusCodes.Status400BadRequest, "Malformed If-Match", condition.Error));
        }

        if (!condition.Present)
        {
            return (null, null);
        }

        return condition.Matches(currentVersion)
            ? (currentVersion, null)
            : (null, Problems.Status(StatusCodes.Status412PreconditionFailed, "Stale version", "If-Match names no current version of the record (weak and empty tags never match)"));
    }

    /// <summary>
    /// As <see cref="IfMatch"/> for a change that must name the version it was made from: a request without If-Match
    /// is 428, so no one's update is silently overwritten.
    /// </summary>
    public static bool TryRequiredIfMatch(
        HttpRequest request,
        string currentVersion,
        [NotNullWhen(true)] out string? version,
        [NotNullWhen(false)] out IResult? problem,
        string whatToRead = "your last read")
    {
        (version, problem) = IfMatch(request, currentVersion);
        if (problem is null && version is null)
        {
            problem = Problems.Status(StatusCodes.Status428PreconditionRequired, "If-Match required", $"send the ETag of {whatToRead} in If-Match, so no change is lost");
        }

        return problem is null;
    }

    /// <summary>The path of a created record; the id is escaped, so no id can make a header the server refuses to send after the write.</summary>
    /// <summary>201 with a route's own receipt body (the profile's carries its probable duplicates).</summary>
    public static IResult Created(HttpContext http, string kind, WriteOutcome outcome, object receipt) =>
        WithETag(http, outcome, Results.Created(LocationOf(kind, outcome.Id!), receipt));

    public static string LocationOf(string kind, string id) => $"/api/{kind}/{Uri.EscapeDataString(id)}";

    private static IResult WithETag(HttpContext http, WriteOutcome outcome, IResult result)
    {
        http.Response.Headers.ETag = Quote(outcome.Version!);
        return result;
    }

    private static string Quote(string version) => $"\"{version}\"";
}
