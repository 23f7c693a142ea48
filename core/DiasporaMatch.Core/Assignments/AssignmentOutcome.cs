namespace DiasporaMatch.Assignments;

/// <summary>How an assignment command ended; the API maps each to one status code.</summary>
public enum AssignmentOutcome
{
    Ok,
    NotFound,

    /// <summary>Bad input (dates, reason, rating, unknown need or expert): 400.</summary>
    Invalid,

    /// <summary>The caller's role or relation does not allow the move: 403.</summary>
    Forbidden,

    /// <summary>The workflow has no such move from the current state: 409.</summary>
    IllegalTransition,

    /// <summary>Approval refused: the expert is booked on overlapping dates or the need's positions are filled: 409.</summary>
    BookingConflict,

    /// <summary>The document kept changing under every retry: 409, try again.</summary>
    Contention,
}
