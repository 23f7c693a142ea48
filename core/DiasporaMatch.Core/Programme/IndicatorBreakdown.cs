namespace DiasporaMatch.Programme;

/// <summary>
/// How indicators are split: one total; by the need's sector, region or organisation; by the expert's country of
/// residence or self-declared gender (aggregate only, small groups pooled: <see cref="ProgrammeIndicators"/>); or by
/// calendar month. Route and file names: <see cref="IndicatorBreakdowns.Name"/>.
/// </summary>
public enum IndicatorBreakdown
{
    Total,
    Sector,
    Region,
    Organisation,
    Month,
    CountryOfResidence,
    Gender,
}
