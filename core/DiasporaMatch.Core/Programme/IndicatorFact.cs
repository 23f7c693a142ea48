using DiasporaMatch.Assignments;

namespace DiasporaMatch.Programme;

/// <summary>
/// What the indicators need of one assignment whose expert was erased (kind <see cref="Kind"/>): the need's sector,
/// region and organisation, the mission dates, its state, the dated moves and ratings. No person's id, no name, no
/// free text (reasons and notes are dropped), and the id is a keyed hash of the assignment's, so the fact cannot be
/// joined back to anyone, yet writing it again after a crash finds the same document.
/// </summary>
public sealed record IndicatorFact
{
    public const string Kind = "indicator-facts";

    public string Id { get; init; } = "";

    public string Sector { get; init; } = ProgrammeIndicators.Unknown;

    public string Region { get; init; } = ProgrammeReport.NoRegion;

    public string OrganisationId { get; init; } = "";

    public DateOnly From { get; init; }

    public DateOnly To { get; init; }

    public AssignmentState State { get; init; }

    public IReadOnlyList<IndicatorFactStep> Steps { get; init; } = [];

    public IReadOnlyList<IndicatorFactRating> Ratings { get; init; } = [];
}
