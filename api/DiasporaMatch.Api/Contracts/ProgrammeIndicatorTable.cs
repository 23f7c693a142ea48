using DiasporaMatch.Programme;

namespace DiasporaMatch.Api.Contracts;

/// <summary>The indicators of a period (both days included), one row per group of the breakdown.</summary>
internal sealed record ProgrammeIndicatorTable(DateOnly From, DateOnly To, string By, IReadOnlyList<IndicatorRow> Rows);
