using DiasporaMatch.Validation;

namespace DiasporaMatch.Assignments;

/// <summary>The answer to an assignment command: the assignment as stored (with its version) or why not.</summary>
public sealed record AssignmentResult(AssignmentOutcome Outcome, Assignment? Assignment, string? Version, string? Reason)
{
    public bool Succeeded => Outcome == AssignmentOutcome.Ok;

    public static AssignmentResult Ok(Assignment assignment, string version) => new(AssignmentOutcome.Ok, assignment, version, null);

    /// <summary>The field at fault with its stable code, where one is (the API words it in the reader's language).</summary>
    public FieldError? Error { get; init; }

    /// <summary>The expert's other booking a refused approval or change of dates would overlap.</summary>
    public BookingEntry? Clash { get; init; }

    /// <summary>How many positions the need has, all filled, when that refused an approval.</summary>
    public int? PositionsFilled { get; init; }

    public static AssignmentResult Refused(AssignmentOutcome outcome, string reason) => new(outcome, null, null, reason);

    public static AssignmentResult Invalid(FieldError error) => new(AssignmentOutcome.Invalid, null, null, error.ToString()) { Error = error };
}
