using static DiasporaMatch.Assignments.AssignmentState;

namespace DiasporaMatch.Assignments;

/// <summary>
/// The transition table: which state may follow which, and who may make each move. Everything not listed is
/// refused. Cancelling is open from every state that is not final, to staff and the institution, with a reason.
/// </summary>
public static class AssignmentWorkflow
{
    public const AssignmentParty Cancellers = AssignmentParty.Staff | AssignmentParty.Institution;

    private static readonly Dictionary<(AssignmentState From, AssignmentState To), AssignmentParty> Moves = new()
    {
        [(Shortlisted, Proposed)] = AssignmentParty.Staff,
        [(Proposed, Accepted)] = AssignmentParty.Expert,
        [(Proposed, Declined)] = AssignmentParty.Expert,
        [(Accepted, Confirmed)] = AssignmentParty.Institution,
        [(Accepted, Declined)] = AssignmentParty.Institution,
        [(Confirmed, Approved)] = AssignmentParty.Staff,
        [(Confirmed, Rejected)] = AssignmentParty.Staff,
        [(Approved, InProgress)] = AssignmentParty.Staff,
        [(InProgress, Completed)] = AssignmentParty.Staff,
    };

    /// <summary>States no move leaves.</summary>
    public static bool IsFinal(AssignmentState state) => state is Declined or Rejected or Completed or Cancelled;

    /// <summary>States that hold the expert's dates and one of the need's positions.</summary>
    public static bool IsBooked(AssignmentState state) => state is Approved or InProgress or Completed;

    /// <summary>Who may move <paramref name="from"/> → <paramref name="to"/>; <see cref="AssignmentParty.None"/> when the move does not exist.</summary>
    public static AssignmentParty MoversOf(AssignmentState from, AssignmentState to) =>
        to == Cancelled && !IsFinal(from) ? Cancellers
        : Moves.TryGetValue((from, to), out var movers) ? movers
        : AssignmentParty.None;

    /// <summary>Whether <paramref name="party"/> makes any move into <paramref name="to"/>: a repeated request is then answered, not refused.</summary>
    public static bool CanEnter(AssignmentState to, AssignmentParty party) =>
        Enum.GetValues<AssignmentState>().Any(from => (MoversOf(from, to) & party) != 0);

    /// <summary>The states reachable from <paramref name="from"/>, for error messages and the UI.</summary>
    public static IReadOnlyList<AssignmentState> Next(AssignmentState from) =>
        Enum.GetValues<AssignmentState>().Where(to => MoversOf(from, to) != AssignmentParty.None).ToList();

    /// <summary>Null when <paramref name="party"/> may make the move; otherwise the outcome and a reason a person can act on.</summary>
    public static (AssignmentOutcome Outcome, string Reason)? Check(AssignmentState from, AssignmentState to, AssignmentParty party)
    {
        var movers = MoversOf(from, to);
        if (movers == AssignmentParty.None)
        {
            var next = Next(from);
            var options = next.Count == 0 ? $"{Name(from)} is final" : $"from {Name(from)} it can go to {string.Join(", ", next.Select(Name))}";
            return (AssignmentOutcome.IllegalTransition, $"an assignment cannot go from {Name(from)} to {Name(to)}; {options}");
        }

        return (movers & party) != 0
            ? null
            : (AssignmentOutcome.Forbidden, $"only {Describe(movers)} may move an assignment from {Name(from)} to {Name(to)}");
    }

    /// <summary>The state's name as JSON writes it.</summary>
    public static string Name(AssignmentState state) => state switch
    {
        InProgress => "in-progress",
        _ => state.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? text, out AssignmentState state)
    {
        foreach (var candidate in Enum.GetValues<AssignmentState>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.Ordinal))
            {
                state = candidate;
                return true;
            }
        }

        state = default;
        return false;
    }

    private static string Describe(AssignmentParty movers) => string.Join(" or ", new[]
    {
        (movers & AssignmentParty.Staff) != 0 ? "programme staff" : null,
        (movers & AssignmentParty.Expert) != 0 ? "the assignment's expert" : null,
        (movers & AssignmentParty.Institution) != 0 ? "the need's organisation" : null,
    }.OfType<string>());
}
