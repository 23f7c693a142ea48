using DiasporaMatch.Assignments;

namespace DiasporaMatch.Privacy;

/// <summary>
/// What an erasure did: counts only, no personal data. <see cref="ToCancel"/> lists the booked assignments a
/// confirmation would cancel (only with <see cref="ErasureOutcome.NeedsConfirmation"/>).
/// </summary>
public sealed record ErasureReport(
    ErasureOutcome Outcome,
    string Tombstone,
    int Decisions = 0,
    int FeatureLogEntries = 0,
    int ChangeLogEntries = 0,
    IReadOnlyList<Assignment>? ToCancel = null);
