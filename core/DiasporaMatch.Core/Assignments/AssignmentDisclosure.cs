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
            ExpertId = RevealsExpert(caller, assignment) ? assignment.ExpertId : AccessPolicy.Pseudonym(pseudonymKey, assignment.NeedId, assignment.ExpertId),
            History = [.. assignment.History.Select(t => t with { By = t.ByRole })],
            Ratings = [.. assignment.Ratings.Select(r => r with { By = r.ByRole })],
            Notes = [.. assignment.Notes.Select(n => n with { By = "staff" })],
            Reschedules = [.. assignment.Reschedules.Select(r => r with { By = r.ByRole })],
        };
    }

    /// <summary>The expert's name and contact for the need's organisation once the expert accepted; null for everyone else.</summary>
    public static async Task<ExpertContact?> ContactAsync(IDocumentStore store, Caller caller, Assignment assignment, CancellationToken cancellationToken = default)
    {
        if (caller.Role != Role.Institution || !RevealsExpert(caller, assignment))
        {
            return null;
        }

        return await store.GetAsync(RecordKind.Profiles, assignment.ExpertId, cancellationToken) is { } document
            && RecordTypes.Read<ExpertProfile>(document.Json) is { } profile
            ? new ExpertContact(profile.FullName, profile.Email)
            : null;
    }

    /// <summary><see cref="AccessPolicy.RevealsExpert"/> for one assignment.</summary>
    public static bool RevealsExpert(Caller caller, Assignment assignment) =>
        AccessPolicy.RevealsExpert(caller, assignment.ExpertId, assignment.OrganisationId, ExpertAccepted(assignment));

    /// <summary>The expert said yes at some point: later moves (confirmed, approved, even cancelled) do not take the name back.</summary>
    public static bool ExpertAccepted(Assignment assignment) => assignment.History.Any(t => t.To == AssignmentState.Accepted);
}
