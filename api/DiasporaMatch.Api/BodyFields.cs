using System.Text.Json;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>A JSON object body read field by field, each mistake a field error naming the field; unknown fields refused.</summary>
internal static class BodyFields
{
    public static async Task<(JsonElement Body, IResult? Problem)> ReadObjectAsync(ApiRequest request, string[] allowed)
    {
        var (body, problem) = await JsonBody.ReadAsync(request.Http.Request, request.Services.Options.MaxRecordBytes, request.Aborted);
        if (problem is not null)
        {
            return (body, problem);
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            return (body, Problems.Validation([new FieldError("", "must be a JSON object")]));
        }

        var unknown = body.EnumerateObject().Where(p => !allowed.Contains(p.Name, StringComparer.Ordinal)).Select(p => new FieldError(p.Name, "is not a known field")).ToList();
        return (body, unknown.Count > 0 ? Problems.Validation(unknown) : null);
    }

    public static string? RequiredString(JsonElement body, string name, List<FieldError> errors)
    {
        var value = OptionalString(body, name, errors);
        if (value is null && errors.All(e => e.Path != name))
        {
            errors.Add(new FieldError(name, "is required"));
        }

        return value;
    }

    public static string? OptionalString(JsonElement body, string name, List<FieldError> errors)
    {
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            errors.Add(new FieldError(name, "must be a string"));
            return null;
        }

        return element.GetString();
    }

    public static DateOnly RequiredDate(JsonElement body, string name, List<FieldError> errors)
    {
        var text = RequiredString(body, name, errors);
        if (text is null)
        {
            return default;
        }

        if (TextChecks.CheckDate(text) is { } problem)
        {
            errors.Add(new FieldError(name, problem));
            return default;
        }

        if (!TextChecks.TryParseDate(text, out var date))
        {
            errors.Add(new FieldError(name, "is not a date (YYYY-MM-DD)"));
        }

        return date;
    }

    public static DateOnly? OptionalDate(JsonElement body, string name, List<FieldError> errors) =>
        body.TryGetProperty(name, out var element) && element.ValueKind != JsonValueKind.Null ? RequiredDate(body, name, errors) : null;

    public static int? OptionalInt(JsonElement body, string name, int min, int max, List<FieldError> errors)
    {
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var value) || value < min || value > max)
        {
            errors.Add(new FieldError(name, $"must be a whole number from {min} to {max}"));
            return null;
        }

        return value;
    }

    public static IReadOnlyList<string> OptionalStrings(JsonElement body, string name, List<FieldError> errors)
    {
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Array || element.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            errors.Add(new FieldError(name, "must be an array of strings"));
            return [];
        }

        return [.. element.EnumerateArray().Select(e => e.GetString()!)];
    }
}
