using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>RFC 9457 problem details for every error the API returns; field errors keyed by JSON path.</summary>
public static class Problems
{
    /// <summary>400 with the field errors in the reader's language (<see cref="FieldErrorsResult"/>).</summary>
    public static IResult Validation(IReadOnlyList<FieldError> errors) => new FieldErrorsResult(errors);

    public static IResult Status(int status, string title, string? detail = null) =>
        Results.Problem(statusCode: status, title: title, detail: detail);

    public static IResult NotFound(string what) => Status(StatusCodes.Status404NotFound, "Not found", $"{what} does not exist");

    public static IResult Unauthorized() => Status(StatusCodes.Status401Unauthorized, "Sign in first", "send a bearer token (Authorization: Bearer …)");

    /// <summary>An unexpected failure: the trace id it was logged with, nothing else about it.</summary>
    public static IResult ServerError(string traceId) =>
        Traced(StatusCodes.Status500InternalServerError, "Unexpected error", "the error is logged with this trace id", traceId);

    /// <summary>Storage that could not be read or written: the request did not complete, and may be tried again later.</summary>
    public static IResult StorageUnavailable(string traceId) =>
        Traced(
            StatusCodes.Status503ServiceUnavailable,
            "Storage unavailable",
            "the server could not read or write its data (a full or failing disk); the request did not complete, try again later",
            traceId);

    public static IResult Forbidden() => Status(StatusCodes.Status403Forbidden, "Not allowed", "your role or organisation does not allow this");

    private static IResult Traced(int status, string title, string detail, string traceId) =>
        Results.Problem(statusCode: status, title: title, detail: detail, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["traceId"] = traceId });
}
