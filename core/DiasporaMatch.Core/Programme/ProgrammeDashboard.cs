namespace DiasporaMatch.Programme;

/// <summary>
/// The programme at a glance for staff: needs and assignments by region and sector, assignments by state, and
/// time to match (days from shortlisting to staff approval). Counts only, no personal data.
/// </summary>
public sealed record ProgrammeDashboard(
    DateTimeOffset GeneratedAt,
    int Needs,
    int OpenNeeds,
    IReadOnlyDictionary<string, int> NeedsByRegion,
    IReadOnlyDictionary<string, int> NeedsBySector,
    int Assignments,
    IReadOnlyDictionary<string, int> AssignmentsByState,
    IReadOnlyDictionary<string, int> AssignmentsByRegion,
    IReadOnlyDictionary<string, int> AssignmentsBySector,
    TimeToMatch TimeToMatch);
