using System.Text.Json;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>Reads a JSON request body with a size limit: wrong content type 415, too big 413, malformed or a key repeated in one object 400.</summary>
public static class JsonBody
{
    public static async Task<(JsonElement Value, IResult? Problem)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var contentType = request.ContentType ?? "";
        if (!contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            && !contentType.Contains("+json", StringComparison.OrdinalIgnoreCase))
        {
            return (default, Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Send JSON", $"Content-Type must be application/json, not \"{TextChecks.Shorten(contentType)}\""));
        }

        if (request.ContentLength > maxBytes)
        {
            return (default, TooLarge(maxBytes));
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (default, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), new JsonDocumentOptions { MaxDepth = 16 });
            if (JsonDuplicates.Check(document.RootElement) is { } duplicate)
            {
                return (default, Problems.Validation([duplicate]));
            }

            return (document.RootElement.Clone(), null);
        }
        catch (JsonException ex)
        {
            return (default, Problems.Validation([new FieldError("", $"malformed JSON: {ex.Message}") { Code = "malformedJson" }]));
        }
    }

    private static IResult TooLarge(int maxBytes) =>
        Problems.Status(StatusCodes.Status413PayloadTooLarge, "Body too large", $"at most {maxBytes:N0} bytes are accepted");
}
