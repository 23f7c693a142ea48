using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Api.Contracts;
using DiasporaMatch.Browsing;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>A staff member's saved filters of the needs and experts lists: read them, or replace them all at once.</summary>
internal static class SavedFilterEndpoints
{
    private static readonly string[] Fields = ["filters"];
    private static readonly string[] FilterFields = ["name", "list", "query"];

    public static async Task<IResult> GetAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ManageSavedFilters, Ownership.Own) is { } denied)
        {
            return denied;
        }

        return Results.Json(new SavedFilterList(await Store(request).GetAsync(request.Caller!.Subject, request.Aborted)), Records.RecordJson.Options);
    }

    /// <summary>Body <c>{"filters": [{"name", "list", "query": {parameter: value}}]}</c>: 200 with what is kept; 400 naming each bad filter, nothing kept.</summary>
    public static async Task<IResult> PutAsync(ApiRequest request)
    {
        if (Guard.Access(request, ApiAction.ManageSavedFilters, Ownership.Own) is { } denied)
        {
            return denied;
        }

        var (body, problem) = await BodyFields.ReadObjectAsync(request, Fields);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new List<FieldError>();
        var filters = Read(body, errors);
        if (errors.Count == 0)
        {
            errors.AddRange(await Store(request).SaveAsync(request.Caller!.Subject, filters, request.Aborted));
        }

        return errors.Count > 0 ? Problems.Validation(errors) : Results.Json(new SavedFilterList(filters), Records.RecordJson.Options);
    }

    /// <summary>The body's filters, field by field: every value of a query is a string, as it would be in a URL.</summary>
    private static List<SavedFilter> Read(JsonElement body, List<FieldError> errors)
    {
        var filters = new List<SavedFilter>();
        if (!body.TryGetProperty("filters", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new FieldError("filters", "is required: an array of filters") { Code = "required" });
            return filters;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = $"filters[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new FieldError(path, "must be an object with name, list and query") { Code = "wrongType" });
                continue;
            }

            foreach (var stray in item.EnumerateObject().Where(p => !FilterFields.Contains(p.Name)))
            {
                errors.Add(new FieldError($"{path}.{stray.Name}", "is not a field of a saved filter") { Code = "unknownField" });
            }

            var name = Text(item, "name");
            var list = Text(item, "list");
            var query = new Dictionary<string, string>(StringComparer.Ordinal);
            if (name is null || list is null)
            {
                errors.Add(new FieldError(name is null ? $"{path}.name" : $"{path}.list", "is required: a string") { Code = "required" });
            }

            if (item.TryGetProperty("query", out var parameters) && parameters.ValueKind == JsonValueKind.Object)
            {
                foreach (var parameter in parameters.EnumerateObject())
                {
                    if (parameter.Value.ValueKind == JsonValueKind.String)
                    {
                        query[parameter.Name] = parameter.Value.GetString()!;
                    }
                    else
                    {
                        errors.Add(new FieldError($"{path}.query.{parameter.Name}", "must be a string") { Code = "wrongType" });
                    }
                }
            }
            else
            {
                errors.Add(new FieldError($"{path}.query", "is required: an object of the list's parameters") { Code = "required" });
            }

            filters.Add(new SavedFilter(name ?? "", list ?? "", query));
        }

        return filters;
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static SavedFilters Store(ApiRequest request) => new(request.Services.Store);
}
