using System.Collections.Frozen;
using System.Text.Json;

namespace DiasporaMatch.Reference;

/// <summary>
/// Countries, languages, CEFR levels, sectors and each origin country's regions, loaded from data files:
/// another origin country is a new <c>regions/XX.json</c>, not code.
/// </summary>
public sealed class ReferenceData
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _regionsByCountry;

    private ReferenceData(
        FrozenSet<string> countries,
        FrozenSet<string> languages,
        IReadOnlyList<string> cefrLevels,
        FrozenSet<string> sectors,
        FrozenDictionary<string, FrozenSet<string>> regionsByCountry,
        FrozenDictionary<string, IReadOnlyDictionary<string, string>> regionNames,
        FrozenDictionary<string, IReadOnlyDictionary<string, string>> languageNames,
        FrozenDictionary<string, IReadOnlyDictionary<string, string>> sectorNames,
        FrozenDictionary<string, IReadOnlyDictionary<string, string>> countryNames)
    {
        CountryNames = countryNames;
        LanguageNames = languageNames;
        SectorNames = sectorNames;
        Countries = countries;
        Languages = languages;
        CefrLevels = cefrLevels;
        Sectors = sectors;
        _regionsByCountry = regionsByCountry;
        RegionNames = regionNames;
    }

    public FrozenSet<string> Countries { get; }

    public FrozenSet<string> Languages { get; }

    /// <summary>Ordered from lowest to highest; <c>native</c> ranks above C2.</summary>
    public IReadOnlyList<string> CefrLevels { get; }

    public FrozenSet<string> Sectors { get; }

    /// <summary>Region code → names per language.</summary>
    public FrozenDictionary<string, IReadOnlyDictionary<string, string>> RegionNames { get; }

    /// <summary>Language code → names per language.</summary>
    public FrozenDictionary<string, IReadOnlyDictionary<string, string>> LanguageNames { get; }

    /// <summary>Sector code → names per language.</summary>
    public FrozenDictionary<string, IReadOnlyDictionary<string, string>> SectorNames { get; }

    /// <summary>Country code → names per language.</summary>
    public FrozenDictionary<string, IReadOnlyDictionary<string, string>> CountryNames { get; }

    /// <summary>The region codes of a country of origin, in code order; empty for a country without regions.</summary>
    public IReadOnlyList<string> RegionsOf(string country) =>
        _regionsByCountry.TryGetValue(country, out var regions) ? [.. regions.Order(StringComparer.Ordinal)] : [];

    public IEnumerable<string> CountriesWithRegions => _regionsByCountry.Keys;

    public bool IsRegion(string code) => RegionNames.ContainsKey(code);

    public bool IsRegionOf(string country, string region) =>
        _regionsByCountry.TryGetValue(country, out var regions) && regions.Contains(region);

    public static ReferenceData Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"reference data folder not found: {directory}");
        }

        var countryNames = ReadNames(Path.Combine(directory, "countries.json"), "countries");
        var languageNames = ReadNames(Path.Combine(directory, "languages.json"), "languages");
        var sectorNames = ReadNames(Path.Combine(directory, "sectors.json"), "sectors");
        using var cefr = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "cefr.json")));
        var levels = cefr.RootElement.GetProperty("levels").EnumerateArray().Select(e => e.GetString()!).ToArray();

        var regionsByCountry = new Dictionary<string, FrozenSet<string>>();
        var regionNames = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        var regionFolder = Path.Combine(directory, "regions");
        foreach (var file in Directory.Exists(regionFolder) ? Directory.GetFiles(regionFolder, "*.json") : [])
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            var country = doc.RootElement.GetProperty("country").GetString()!;
            var codes = new List<string>();
            foreach (var region in doc.RootElement.GetProperty("regions").EnumerateArray())
            {
                var code = region.GetProperty("code").GetString()!;
                codes.Add(code);
                regionNames[code] = region.GetProperty("names").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
            }

            regionsByCountry[country] = codes.ToFrozenSet();
        }

        return new ReferenceData(
            countryNames.Keys.ToFrozenSet(),
            languageNames.Keys.ToFrozenSet(),
            levels,
            sectorNames.Keys.ToFrozenSet(),
            regionsByCountry.ToFrozenDictionary(),
            regionNames.ToFrozenDictionary(),
            languageNames,
            sectorNames,
            countryNames);
    }

    private static FrozenDictionary<string, IReadOnlyDictionary<string, string>> ReadNames(string file, string property)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        return doc.RootElement.GetProperty(property).EnumerateArray().ToFrozenDictionary(
            e => e.GetProperty("code").GetString()!,
            e => (IReadOnlyDictionary<string, string>)e.GetProperty("names").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!));
    }
}
