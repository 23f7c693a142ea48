namespace DiasporaMatch.Programme;

/// <summary>The breakdowns by the names the route, the CLI and the files use (<c>countryOfResidence</c>, as in the records).</summary>
public static class IndicatorBreakdowns
{
    /// <summary>Every breakdown's name, in the enum's order.</summary>
    public static readonly IReadOnlyList<string> Names = [.. Enum.GetValues<IndicatorBreakdown>().Select(Name)];

    public static string Name(IndicatorBreakdown by) => by == IndicatorBreakdown.CountryOfResidence ? "countryOfResidence" : by.ToString().ToLowerInvariant();

    /// <summary>
    /// The breakdown named <paramref name="text"/>, any case; names only (<see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/>
    /// would also take numbers and comma lists, "sector,region" ORing into another breakdown).
    /// </summary>
    public static bool TryParse(string text, out IndicatorBreakdown by)
    {
        var index = Names.ToList().FindIndex(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        by = index < 0 ? default : Enum.GetValues<IndicatorBreakdown>()[index];
        return index >= 0;
    }

    /// <summary>
    /// Whether the groups are attributes of the experts (country of residence, gender) rather than of needs or time:
    /// needs are not counted there (a need has no expert) and groups of fewer than <see cref="ProgrammeIndicators.SmallGroupMissions"/>
    /// missions are pooled.
    /// </summary>
    public static bool IsAboutPeople(IndicatorBreakdown by) => by is IndicatorBreakdown.CountryOfResidence or IndicatorBreakdown.Gender;
}
