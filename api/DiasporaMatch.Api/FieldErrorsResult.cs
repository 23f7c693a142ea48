using DiasporaMatch.Reference;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace DiasporaMatch.Api;

/// <summary>
/// A 400 whose field errors are worded in the reader's language (<see cref="ReaderLanguage.Best"/>), decided when
/// it is written, so no handler has to pass the language along: <c>title</c> and <c>errors</c> (path → texts) in that
/// language; <c>fieldErrors</c> with each problem's path, stable code and arguments, its English <c>message</c> and
/// its <c>text</c> in the reader's language (<see cref="FieldErrorCatalogue"/>).
/// </summary>
internal sealed class FieldErrorsResult(IReadOnlyList<FieldError> errors) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status400BadRequest;

    public IReadOnlyList<FieldError> Errors => errors;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var catalogue = FieldErrorCatalogue.Bundled;
        var language = catalogue.Supported(ReaderLanguage.Best(httpContext.Request));
        var worded = errors.Select(e => (Path: e.Path.Length == 0 ? "$" : e.Path, Error: e, Text: catalogue.Render(e, language))).ToList();
        return Results.ValidationProblem(
            worded.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Text).ToArray()),
            title: catalogue.Title(language),
            detail: string.Join("; ", errors.Take(5)),
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["fieldErrors"] = worded.Select(e => new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["path"] = e.Path,
                    ["code"] = e.Error.Code,
                    ["args"] = e.Error.Args,
                    ["message"] = e.Error.Message,
                    ["text"] = e.Text,
                }).ToArray(),
            }).ExecuteAsync(httpContext);
    }
}
