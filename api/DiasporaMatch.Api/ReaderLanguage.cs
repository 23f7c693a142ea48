using DiasporaMatch.Ranking;
using DiasporaMatch.Validation;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>The language a response's reasons are written in: <c>?lang=</c>, else the best of <c>Accept-Language</c> the catalogue speaks, else English.</summary>
internal static class ReaderLanguage
{
    public static (string Language, IResult? Problem) Of(ApiRequest request)
    {
        var catalogue = ReasonCatalogue.Bundled;
        if (request.Query("lang") is { } asked)
        {
            // An explicit choice the product does not speak is a mistake worth saying, not a silent English answer.
            return catalogue.Languages.Contains(asked)
                ? (asked, null)
                : (ReasonCatalogue.DefaultLanguage, Problems.Validation([new FieldError("lang", $"must be one of {string.Join(", ", catalogue.Languages)}")
                {
                    Code = "notLanguage",
                    Args = new Dictionary<string, string>(StringComparer.Ordinal) { ["choices"] = string.Join(", ", catalogue.Languages) },
                }]));
        }

        return (Accepted(request.Http.Request), null);
    }

    /// <summary>
    /// The language an answer that cannot refuse (an error) is written in: a <c>?lang=</c> the catalogue speaks, else
    /// the best of <c>Accept-Language</c>, else English.
    /// </summary>
    public static string Best(HttpRequest request) =>
        request.Query.TryGetValue("lang", out var asked) && ReasonCatalogue.Bundled.Languages.Contains(asked.ToString()) ? asked.ToString() : Accepted(request);

    private static string Accepted(HttpRequest request)
    {
        var catalogue = ReasonCatalogue.Bundled;
        var accepted = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value)
            .FirstOrDefault(tag => tag is not null && string.Equals(catalogue.Supported(tag), tag.Split('-')[0], StringComparison.OrdinalIgnoreCase));
        return catalogue.Supported(accepted);
    }

    /// <summary>The reasons in <paramref name="language"/> when the ranking gave them as codes; otherwise as written (English).</summary>
    public static IReadOnlyList<string> Reasons(IReadOnlyList<Reason> codes, IReadOnlyList<string> written, string language) =>
        codes.Count > 0 ? ReasonCatalogue.Bundled.Render(codes, language) : written;
}
