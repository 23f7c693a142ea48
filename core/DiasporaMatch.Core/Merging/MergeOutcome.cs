namespace DiasporaMatch.Merging;

/// <summary>How a merge ended: done, or refused (and then nothing changed) for one reason.</summary>
public enum MergeOutcome
{
    Merged,

    /// <summary>A profile merged into itself.</summary>
    Invalid,
    NotFound,

    /// <summary>The survivor changed since the caller read it.</summary>
    Stale,

    /// <summary>Both profiles hold dates on overlapping assignments: the survivor would be double-booked.</summary>
    Conflict,
}
