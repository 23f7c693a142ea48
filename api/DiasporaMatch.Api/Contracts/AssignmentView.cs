using DiasporaMatch.Assignments;

namespace DiasporaMatch.Api.Contracts;

/// <summary>
/// An assignment as the caller may see it (<see cref="AssignmentDisclosure"/>: pseudonyms and roles where the
/// access policy says so), with <c>expert</c> (name, email) once the institution may have it.
/// </summary>
internal sealed record AssignmentView(
    string Id,
    string NeedId,
    string ExpertId,
    string OrganisationId,
    DateOnly From,
    DateOnly To,
    AssignmentState State,
    IReadOnlyList<AssignmentTransition> History,
    IReadOnlyList<AssignmentRating> Ratings,
    IReadOnlyList<AssignmentNote> Notes,
    int NoteCount,
    IReadOnlyList<AssignmentReschedule> Reschedules,
    ExpertContact? Expert)
{
    public static AssignmentView Of(Assignment shown, ExpertContact? expert) =>
        new(shown.Id, shown.NeedId, shown.ExpertId, shown.OrganisationId, shown.From, shown.To, shown.State, shown.History, shown.Ratings, shown.Notes, shown.NoteCount, shown.Reschedules, expert);
}
