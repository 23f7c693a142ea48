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
                : (ReasonCatalogue.DefaultLanguage, Problems.Validation([new FieldError("lang", $"must be one of {string.Join(", ", catalogue.Languages)}")]));
        }

        var accepted = request.Http.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value)
            .FirstOrDefault(tag => tag is not null && string.Equals(catalogue.Supported(tag), tag.Split('-')[0], StringComparison.OrdinalIgnoreCase));
        return (catalogue.Supported(accepted), null);
    }

    /// <summary>The reasons in <paramref name="language"/> when the ranking gave them as codes; otherwise as written (English).</summary>
    public static IReadOnlyList<string> Reasons(IReadOnlyList<Reason> codes, IReadOnlyList<string> written, string language) =>
        codes.Count > 0 ? ReasonCatalogue.Bundled.Render(codes, language) : written;
}
