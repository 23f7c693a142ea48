using System.Collections.Frozen;
using DiasporaMatch.Reference;

namespace DiasporaMatch.Programme;

/// <summary>
/// The words of the programme charts and report page in the viewer's language (fr, ar, en, nl, from
/// <c>data/reference/report-texts.json</c>; French when the language is not one of them, as elsewhere in the service).
/// </summary>
public static class ReportTexts
{
    public const string DefaultLanguage = "fr";

    public const string FileName = "report-texts.json";

    private static readonly Lazy<TextTable> Table = new(() => TextTable.Load(Path.Combine(DataPaths.ReferenceFolder, FileName)));

    public static IReadOnlyList<string> Languages => Table.Value.Languages;

    /// <summary>The language used for <paramref name="lang"/>: itself when supported, else French.</summary>
    public static string Resolve(string? lang) => Table.Value.LanguageOf(lang);

    public static string Get(string lang, string key) => Table.Value.Get(lang, key);

    /// <summary>The breakdown's name in <paramref name="lang"/>, for an axis label or table heading.</summary>
    public static string Breakdown(string lang, IndicatorBreakdown by) => Get(lang, "by." + IndicatorBreakdowns.Name(by));

    /// <summary>
    /// A group's name in <paramref name="lang"/>, for a tick label or table row: the sector's, region's or country's
    /// name from <paramref name="reference"/> (the code when it has none, or without reference data), the gender in
    /// words, "not declared", "unknown" and the pooled small groups in words; organisations and months as they are.
    /// </summary>
    public static string Group(string lang, IndicatorBreakdown by, string key, ReferenceData? reference)
    {
        lang = Resolve(lang);
        string Named(FrozenDictionary<string, IReadOnlyDictionary<string, string>>? names) =>
            names is not null && names.TryGetValue(key, out var byLanguage) && byLanguage.TryGetValue(lang, out var name) ? name : key;
        return (by, key) switch
        {
            (IndicatorBreakdown.Total, _) => Get(lang, "by.total"),
            (_, ProgrammeIndicators.Unknown or ProgrammeIndicators.NotDeclared or ProgrammeIndicators.SmallGroups) => Get(lang, "group." + key),
            (IndicatorBreakdown.Region, ProgrammeReport.NoRegion) => Get(lang, "group.none"),
            (IndicatorBreakdown.Gender, _) => Table.Value.Find(lang, "gender." + key) ?? key,
            (IndicatorBreakdown.Sector, _) => Named(reference?.SectorNames),
            (IndicatorBreakdown.Region, _) => Named(reference?.RegionNames),
            (IndicatorBreakdown.CountryOfResidence, _) => Named(reference?.CountryNames),
            _ => key,
        };
    }
}
