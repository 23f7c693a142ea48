namespace DiasporaMatch.Programme;

/// <summary>How indicators are split: one total, or by the need's sector, region or organisation, or by calendar month.</summary>
public enum IndicatorBreakdown
{
    Total,
    Sector,
    Region,
    Organisation,
    Month,
}
