using System.Text.Json.Serialization;

namespace DiasporaMatch.Ranking.Learning;

/// <summary>
/// A staff decision on an (investor, opportunity) pair: the investor-side training signal. The contract's
/// decision record names a need (<c>needId</c> must reference <c>needs</c>), so decisions about opportunities
/// cannot be stored as records; they are kept in the feature log instead (<see cref="FeatureLog"/>, event
/// <c>invest-decided</c>), with the pair's features as they were, and bulk-loaded with
/// <c>dmatch train --investment-decisions FILE</c> (JSONL of this shape). Values and grades follow
/// <see cref="DecisionGrades"/>.
/// </summary>
public sealed record InvestmentDecision
{
    public string OpportunityId { get; init; } = "";

    public string ExpertId { get; init; } = "";

    [JsonPropertyName("decision")]
    public string Value { get; init; } = "";

    public DateTimeOffset At { get; init; }

    public string By { get; init; } = "";
}
