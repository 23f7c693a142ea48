using System.Text.Json.Serialization;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.Assignments;

/// <summary>A temporary assignment of one expert to one need (kind <c>assignments</c>), with its full history.</summary>
public sealed record Assignment
{
    public string Id { get; init; } = "";

    public string NeedId { get; init; } = "";

    public string ExpertId { get; init; } = "";

    /// <summary>The need's organisation, copied at creation so access checks need no second read.</summary>
    public string OrganisationId { get; init; } = "";

    public DateOnly From { get; init; }

    public DateOnly To { get; init; }

    public AssignmentState State { get; init; }

    public IReadOnlyList<AssignmentTransition> History { get; init; } = [];

    public IReadOnlyList<AssignmentRating> Ratings { get; init; } = [];

    /// <summary>The most recent notes only (see <see cref="NoteCount"/>): the document stays small however busy it gets.</summary>
    public IReadOnlyList<AssignmentNote> Notes { get; init; } = [];

    public int NoteCount { get; init; }

    /// <summary>Every change of dates staff made, oldest first (a calendar invitation's sequence counts them).</summary>
    public IReadOnlyList<AssignmentReschedule> Reschedules { get; init; } = [];

    [JsonIgnore]
    public DateRange Dates => new(From, To);
}
