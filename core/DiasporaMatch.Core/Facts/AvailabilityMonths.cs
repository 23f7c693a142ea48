using System.Globalization;
using DiasporaMatch.Profiles;


namespace DiasporaMatch.Facts;

/// <summary>The calendar months a date range touches, as <c>yyyy-MM</c> terms (capped, so an absurd range stays small).</summary>
public static class AvailabilityMonths
{
    public const int MaxMonths = 36;

    public static IEnumerable<string> Of(DateRange range)
    {
        var month = new DateOnly(range.From.Year, range.From.Month, 1);
        for (var i = 0; i < MaxMonths && month <= range.To; i++, month = month.AddMonths(1))
        {
            yield return month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }
    }
}
