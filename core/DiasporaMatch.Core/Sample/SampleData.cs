using DiasporaMatch.Decisions;
using DiasporaMatch.Needs;
using DiasporaMatch.Opportunities;
using DiasporaMatch.Organisations;
using DiasporaMatch.Profiles;
using DiasporaMatch.Ranking.Learning;

namespace DiasporaMatch.Sample;

/// <summary>A generated programme: records ready to import, in dependency order.</summary>
public sealed record SampleData(
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<ExpertProfile> Profiles,
    IReadOnlyList<Need> Needs,
    IReadOnlyList<Opportunity> Opportunities,
    IReadOnlyList<Decision> Decisions)
{
    /// <summary>Staff decisions on investor–opportunity pairs (not records: see <see cref="InvestmentDecision"/>).</summary>
    public IReadOnlyList<InvestmentDecision> InvestmentDecisions { get; init; } = [];
}
