namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// The names of every code a record holds (countries, regions, sectors, languages, investment stages), in one
/// language, from <c>data/reference</c>: the web UI shows these instead of codes. <c>RegionsByCountry</c> lists each
/// country of origin's regions in code order; <c>CefrLevels</c> the language levels from lowest to highest.
/// </summary>
internal sealed record ReferenceNames(
    string Language,
    IReadOnlyDictionary<string, string> Countries,
    IReadOnlyDictionary<string, string> Regions,
    IReadOnlyDictionary<string, string> Sectors,
    IReadOnlyDictionary<string, string> Languages,
    IReadOnlyDictionary<string, string> Stages,
    IReadOnlyDictionary<string, IReadOnlyList<string>> RegionsByCountry,
    IReadOnlyList<string> CefrLevels);
