using System.Collections.Frozen;
using DiasporaMatch.Ranking;
using Microsoft.AspNetCore.Http;

namespace DiasporaMatch.Api;

/// <summary>Reference names in the reader's language: public data, answered to anyone (the sign-in page too).</summary>
internal static class ReferenceEndpoints
{
    public static Task<IResult> NamesAsync(ApiRequest request)
    {
        var (language, problem) = ReaderLanguage.Of(request);
        if (problem is not null)
        {
            return Task.FromResult(problem);
        }

        var reference = request.Services.Workspace.Reference;
        var result = new Contracts.ReferenceNames(
            language,
            In(reference.CountryNames, language),
            In(reference.RegionNames, language),
            In(reference.SectorNames, language),
            In(reference.LanguageNames, language),
            In(ReasonCatalogue.Bundled.StageNames, language),
            reference.CountriesWithRegions.Order(StringComparer.Ordinal).ToDictionary(c => c, reference.RegionsOf, StringComparer.Ordinal),
            reference.CefrLevels);
        return Task.FromResult(Results.Ok(result));
    }

    /// <summary>Each code's name in the language, else its English name, else the code itself.</summary>
    private static SortedDictionary<string, string> In(FrozenDictionary<string, IReadOnlyDictionary<string, string>> names, string language) =>
        new(
            names.ToDictionary(
                n => n.Key,
                n => n.Value.TryGetValue(language, out var name) || n.Value.TryGetValue(ReasonCatalogue.DefaultLanguage, out name) ? name : n.Key,
                StringComparer.Ordinal),
            StringComparer.Ordinal);
}
