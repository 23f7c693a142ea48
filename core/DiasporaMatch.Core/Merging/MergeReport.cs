namespace DiasporaMatch.Merging;

/// <summary>
/// What a merge did: what followed the survivor (counts), the survivor's new version and the merged-away profile's
/// erasure tombstone; or, refused, why (<see cref="Reason"/>, one line).
/// </summary>
public sealed record MergeReport(
    MergeOutcome Outcome,
    string? Reason = null,
    string? Version = null,
    string? Tombstone = null,
    int Decisions = 0,
    int Assignments = 0,
    int Interests = 0,
    int Notifications = 0)
{
    public static MergeReport Refused(MergeOutcome outcome, string reason) => new(outcome, reason);
}
