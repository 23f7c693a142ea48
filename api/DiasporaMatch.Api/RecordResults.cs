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
        WriteStatus.Created => WithETag(http, outcome, Results.Created($"/api/{kind}/{outcome.Id}", new { id = outcome.Id, version = outcome.Version })),
        WriteStatus.Updated => WithETag(http, outcome, Results.Ok(new { id = outcome.Id, version = outcome.Version })),
        WriteStatus.NotFound => Problems.NotFound($"{kind}/{outcome.Id}"),
        WriteStatus.AlreadyExists => Problems.Status(StatusCodes.Status409Conflict, "Already exists", outcome.Errors[0].Message),
        WriteStatus.VersionMismatch => Problems.Status(StatusCodes.Status412PreconditionFailed, "Stale version", outcome.Errors[0].Message),
        _ => Problems.Validation(outcome.Errors),
    };

    /// <summary>The version an If-Match header names (quotes and W/ stripped), or null when absent.</summary>
    public static string? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return null;
        }

        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        return header.Trim('"');
    }

    private static IResult WithETag(HttpContext http, WriteOutcome outcome, IResult result)
    {
        http.Response.Headers.ETag = Quote(outcome.Version!);
        return result;
    }

    private static string Quote(string version) => $"\"{version}\"";
}
