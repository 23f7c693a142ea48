namespace DiasporaMatch.Programme;

/// <summary>What an export holds: the indicators of a period (staff), or the needs or assignments of it.</summary>
public enum ExportKind
{
    Indicators,
    Assignments,
    Needs,
}
