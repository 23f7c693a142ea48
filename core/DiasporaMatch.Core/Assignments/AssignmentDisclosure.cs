using DiasporaMatch.Access;
using DiasporaMatch.Profiles;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;

namespace DiasporaMatch.Assignments;

/// <summary>
/// An assignment as one caller may see it (<see cref="AccessPolicy.RevealsExpert"/>): staff see it whole; others
/// see roles, not the staff or members who moved it, and the institution sees the expert's per-need pseudonym
/// until the expert accepts, then their name and contact.
/// </summary>
public static class AssignmentDisclosure
{
    public static Assignment For(Caller caller, Assignment assignment, string pseudonymKey)
    {
        if (caller.IsStaff)
        {
            return assignment;
        }

        return assignment with
        {
            ExpertId = AccessPolicy.RevealsExpert(caller, assignment) ? assignment.ExpertId : AccessPolicy.Pseudonym(pseudonymKey, assignment.NeedId, assignment.ExpertId),
            History = [.. assignment.History.Select(t => t with { By = t.ByRole })],
            Ratings = [.. assignment.Ratings.Select(r => r with { By = r.ByRole })],
            Notes = [.. assignment.Notes.Select(n => n with { By = "staff" })],
        };
    }

    /// <summary>The expert's name and contact for the need's organisation once the expert accepted; null for everyone else.</summary>
    public static async Task<ExpertContact?> ContactAsync(IDocumentStore store, Caller caller, Assignment assignment, CancellationToken cancellationToken = default)
    {
        if (caller.Role != Role.Institution || !AccessPolicy.RevealsExpert(caller, assignment))
        {
            return null;
        }

        return await store.GetAsync(RecordKind.Profiles, assignment.ExpertId, cancellationToken) is { } document
            && RecordTypes.Read<ExpertProfile>(document.Json) is { } profile
            ? new ExpertContact(profile.FullName, profile.Email)
            : null;
    }
}
