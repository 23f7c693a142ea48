namespace DiasporaMatch.Assignments;

/// <summary>Who may make a move: a set, because cancelling is open to staff and the institution alike.</summary>
[Flags]
public enum AssignmentParty
{
    None = 0,
    Staff = 1,

    /// <summary>The assignment's own expert.</summary>
    Expert = 2,

    /// <summary>A member of the need's organisation.</summary>
    Institution = 4,
}
