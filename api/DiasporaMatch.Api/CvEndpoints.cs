using DiasporaMatch.Access;
using DiasporaMatch.Cv;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>
/// <c>POST /api/profiles/{id}/cv</c>: the raw PDF or DOCX as the body; answers suggested skills for the expert to
/// confirm. The file and its text live only in this request's memory: nothing is stored, logged or indexed.
/// </summary>
internal static class CvEndpoints
{
    private const int MaxSuggestions = 30;

    public static async Task<IResult> SuggestSkillsAsync(ApiRequest request)
    {
        var (id, refused) = Guard.Profile(request, ApiAction.UpdateProfile);
        if (refused is not null)
        {
            return refused;
        }

        var contentType = request.Http.Request.ContentType;
        if (CvReader.FormatOf(contentType) is not { } format)
        {
            return Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Send a PDF or DOCX",
                $"Content-Type must be {CvReader.PdfContentType} or {CvReader.DocxContentType}, not \"{TextChecks.Shorten(contentType ?? "")}\"");
        }

        var language = request.Query("lang");
        if (language is not null && (language.Length != 2 || !language.All(char.IsAsciiLetterLower)))
        {
            return Problems.Validation([new FieldError("lang", "must be a two-letter ISO 639-1 code in lower case")]);
        }

        var (bytes, tooLarge) = await ReadBodyAsync(request);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        try
        {
            var text = CvReader.Read(bytes, format);
            var skills = new SkillSuggester(request.Services.Workspace.Resolver).Suggest(text.Text, language, MaxSuggestions);
            return Results.Ok(new Contracts.CvSkills(format.ToString().ToLowerInvariant(), text.Pages, text.Text.Length, text.Truncated, Stored: false, skills));
        }
        catch (CvRejectedException ex)
        {
            return Refused(ex);
        }
    }

    private static IResult Refused(CvRejectedException ex) => ex.Rejection switch
    {
        CvRejection.TooLarge => Problems.Status(StatusCodes.Status413PayloadTooLarge, "CV too large", ex.Message),
        CvRejection.UnsupportedType or CvRejection.ContentMismatch => Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Not a PDF or DOCX", ex.Message),
        CvRejection.Encrypted => Problems.Status(StatusCodes.Status422UnprocessableEntity, "Password-protected CV", ex.Message),
        CvRejection.TooLargeUnpacked => Problems.Status(StatusCodes.Status422UnprocessableEntity, "CV unpacks too large", ex.Message),
        CvRejection.NoText => Problems.Status(StatusCodes.Status422UnprocessableEntity, "No text in the CV", ex.Message),
        _ => Problems.Status(StatusCodes.Status422UnprocessableEntity, "Unreadable CV", ex.Message),
    };

    private static async Task<(byte[] Bytes, IResult? Problem)> ReadBodyAsync(ApiRequest request)
    {
        var tooLarge = Problems.Status(StatusCodes.Status413PayloadTooLarge, "CV too large", $"a CV may be at most {CvLimits.MaxFileBytes / (1024 * 1024)} MB");
        if (request.Http.Request.ContentLength > CvLimits.MaxFileBytes)
        {
            return ([], tooLarge);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await request.Http.Request.Body.ReadAsync(chunk, request.Aborted)) > 0)
        {
            if (buffer.Length + read > CvLimits.MaxFileBytes)
            {
                return ([], tooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }
}
