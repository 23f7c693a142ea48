using DiasporaMatch.Taxonomy;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>
/// <c>GET /api/reference/occupations?q=&amp;lang=&amp;top=</c>: the occupation field's suggestions, from the resolver that
/// normalises records. The phrase may be in any language the taxonomy holds; labels come back in the reader's.
/// </summary>
internal static class OccupationEndpoints
{
    public const int MaxQueryLength = 200;
    public const int MaxTop = 20;
    private const int DefaultTop = 8;

    public static Task<IResult> SuggestAsync(ApiRequest request)
    {
        // Signed-in callers only: each query runs the resolver, which an anonymous caller need not be able to load.
        if (request.Caller is null)
        {
            return Task.FromResult(Problems.Unauthorized());
        }

        var (language, problem) = ReaderLanguage.Of(request);
        if (problem is not null)
        {
            return Task.FromResult(problem);
        }

        var query = request.Query("q")?.Trim() ?? "";
        var errors = new List<FieldError>();
        if (query.Length == 0)
        {
            errors.Add(new FieldError("q", "must not be empty") { Code = "empty" });
        }
        else if (query.Length > MaxQueryLength)
        {
            errors.Add(new FieldError("q", $"is {query.Length} characters long; at most {MaxQueryLength} are allowed")
            {
                Code = "tooLong",
                Args = new Dictionary<string, string>(StringComparer.Ordinal) { ["length"] = $"{query.Length}", ["max"] = $"{MaxQueryLength}" },
            });
        }

        var top = DefaultTop;
        if (request.Query("top") is { } topText && (!int.TryParse(topText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out top) || top is < 1 or > MaxTop))
        {
            errors.Add(new FieldError("top", $"must be a whole number between 1 and {MaxTop}")
            {
                Code = "outOfRange",
                Args = new Dictionary<string, string>(StringComparer.Ordinal) { ["min"] = "1", ["max"] = $"{MaxTop}" },
            });
        }

        if (errors.Count > 0)
        {
            return Task.FromResult(Problems.Validation(errors));
        }

        var workspace = request.Services.Workspace;
        var results = workspace.Resolver.Resolve(query, ConceptKind.Occupation, language: null, top)
            .DistinctBy(m => m.Uri, StringComparer.Ordinal)
            .Select(m => new Contracts.OccupationSuggestion(m.Uri, workspace.Taxonomy.Find(m.Uri)?.Label(language) ?? m.Label))
            .ToList();
        return Task.FromResult(Results.Ok(new Contracts.OccupationSuggestions(query, language, results)));
    }
}
