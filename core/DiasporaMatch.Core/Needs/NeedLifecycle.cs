namespace DiasporaMatch.Needs;

/// <summary>
/// A need's lifecycle: <c>open → filled | closed | withdrawn</c>, each final; an open need whose window ended before
/// today is shown as <c>expired</c> (computed from the caller's clock, a <see cref="TimeProvider"/>, never stored, so
/// nothing has to run at midnight and a need whose window is extended is open again).
/// </summary>
public static class NeedLifecycle
{
    public const string Open = "open";
    public const string Filled = "filled";
    public const string Closed = "closed";
    public const string Withdrawn = "withdrawn";
    public const string Expired = "expired";

    /// <summary>The states an institution or staff may move an open need to.</summary>
    public static IReadOnlyList<string> Moves { get; } = [Filled, Closed, Withdrawn];

    /// <summary>Every state a reader may filter on: the stored ones and <c>expired</c>.</summary>
    public static IReadOnlyList<string> Shown { get; } = [Open, Filled, Closed, Withdrawn, Expired];

    /// <summary>The state to show on <paramref name="today"/>.</summary>
    public static string Effective(string? stored, DateOnly? windowEnd, DateOnly today) =>
        (stored ?? Open) == Open && windowEnd is { } end && end < today ? Expired : stored ?? Open;

    /// <summary>Why the move is refused (null when allowed): only an open need moves, and only to a final state.</summary>
    public static string? Refusal(string? stored, string to) =>
        !Moves.Contains(to) ? $"\"{to}\" is not a state to move to ({string.Join(", ", Moves)})"
        : (stored ?? Open) != Open ? $"the need is already {stored}; only an open need changes state"
        : null;
}
