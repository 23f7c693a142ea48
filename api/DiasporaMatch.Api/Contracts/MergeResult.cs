namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// A done merge: the surviving profile and its new version, the merged-away profile's erasure tombstone (its id is
/// erased with it), and how many of its decisions, assignments, opportunity interests and notifications followed.
/// </summary>
internal sealed record MergeResult(string Id, string Version, string MergedTombstone, int Decisions, int Assignments, int Interests, int Notifications);
