using DiasporaMatch.Assignments;

namespace DiasporaMatch.Programme;

/// <summary>
/// What the indicators need of one assignment whose expert was erased (kind <see cref="Kind"/>): the need's sector,
/// region and organisation, the expert's country of residence and self-declared gender (codes, for aggregate
/// breakdowns only), the mission dates, its state, the dated moves and ratings. No person's id, no name, no free text
/// (reasons and notes are dropped), and the id is a keyed hash of the assignment's, so the fact cannot be joined back
/// to anyone, yet writing it again after a crash finds the same document.
/// </summary>
public sealed record IndicatorFact
{
    public const string Kind = "indicator-facts";

    public string Id { get; init; } = "";

    public string Sector { get; init; } = ProgrammeIndicators.Unknown;

    public string Region { get; init; } = ProgrammeReport.NoRegion;

    public string OrganisationId { get; init; } = "";

    /// <summary>The expert's country of residence (ISO code); <see cref="ProgrammeIndicators.Unknown"/> in facts written before it was kept.</summary>
    public string CountryOfResidence { get; init; } = ProgrammeIndicators.Unknown;

    /// <summary>
    /// female, male, other, <see cref="ProgrammeIndicators.NotDeclared"/> (the expert did not say), or
    /// <see cref="ProgrammeIndicators.Unknown"/> in facts written before it was kept.
    /// </summary>
    public string Gender { get; init; } = ProgrammeIndicators.Unknown;

    public DateOnly From { get; init; }

    public DateOnly To { get; init; }

    public AssignmentState State { get; init; }

    public IReadOnlyList<IndicatorFactStep> Steps { get; init; } = [];

    public IReadOnlyList<IndicatorFactRating> Ratings { get; init; } = [];
}
