namespace DiasporaMatch.Programme;

/// <summary>
/// The indicators of one group over a period (definitions in the README): needs active, positions filled
/// (approvals), missions started, completed and cancelled, person-days inside the period, days from shortlist to
/// approval (median, p90), the experts' acceptance rate, and the mean rating of missions completed. Needs active is
/// null in a breakdown by the experts' attributes: a need has no expert.
/// </summary>
public sealed record IndicatorRow(
    string Key,
    int? NeedsActive,
    int PositionsFilled,
    int MissionsStarted,
    int MissionsCompleted,
    int MissionsCancelled,
    int PersonDays,
    double? MedianDaysToApproval,
    double? P90DaysToApproval,
    double? AcceptanceRate,
    double? MeanRating);
