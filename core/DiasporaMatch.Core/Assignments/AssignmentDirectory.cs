using DiasporaMatch.Access;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Assignments;

/// <summary>
/// Reads assignments for lists: the ones a caller is a party to, with date conflicts flagged. A full scan of the
/// assignments kind: there are a few per need, so thousands at most, far below what needs an index.
/// </summary>
public sealed class AssignmentDirectory(IDocumentStore store)
{
    /// <summary>States that hold (or are about to hold) the expert's dates; an overlap with one of them is a conflict.</summary>
    public static bool HoldsDates(AssignmentState state) =>
        state is AssignmentState.Proposed or AssignmentState.Accepted or AssignmentState.Confirmed or AssignmentState.Approved or AssignmentState.InProgress;

    public async Task<IReadOnlyList<Assignment>> AllAsync(CancellationToken cancellationToken = default)
    {
        var all = new List<Assignment>();
        await foreach (var document in store.ScanAsync(AssignmentService.Kind, cancellationToken))
        {
            all.Add(RecordTypes.Read<Assignment>(document.Json));
        }

        return all;
    }

    /// <summary>
    /// The caller's assignments (staff: all), optionally of one need or expert, newest first. Conflicts name other
    /// assignments, which may belong to other organisations, so only staff get them; others get none.
    /// </summary>
    public async Task<IReadOnlyList<AssignmentListing>> ListAsync(Caller caller, string? needId, string? expertId, CancellationToken cancellationToken = default)
    {
        var all = await AllAsync(cancellationToken);
        return all
            .Where(a => AssignmentService.PartyOf(caller, a) != AssignmentParty.None)
            .Where(a => (needId is null || a.NeedId == needId) && (expertId is null || a.ExpertId == expertId))
            .OrderByDescending(a => a.History.Count > 0 ? a.History[^1].At : DateTimeOffset.MinValue)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => new AssignmentListing(a, caller.IsStaff ? ConflictsOf(a, all) : []))
            .ToArray();
    }

    /// <summary>Other assignments of the same expert, holding dates, that overlap this one's.</summary>
    public static IReadOnlyList<string> ConflictsOf(Assignment assignment, IEnumerable<Assignment> all) =>
        all.Where(other => other.Id != assignment.Id && other.ExpertId == assignment.ExpertId && HoldsDates(other.State)
                && other.From <= assignment.To && assignment.From <= other.To)
            .Select(other => other.Id)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
