using DiasporaMatch.Profiles;
using DiasporaMatch.Search;

namespace DiasporaMatch.Ranking;

public sealed class InvestmentScorerTests
{
    private static readonly InvestmentInterest Interest = new()
    {
        Sectors = ["agri-food"],
        Regions = ["MA-01"],
        TicketMinEur = 20_000,
        TicketMaxEur = 150_000,
        Stage = "create",
    };

    [Fact]
    public void Score_InsideTicketBeatsOutside_AndReasonsSayWhy()
    {
        var inside = new OpportunityFacts { Id = "O-1", Sector = "agri-food", Region = "MA-01", AmountSoughtEur = 80_000, Stage = "create" };
        var outside = inside with { Id = "O-2", AmountSoughtEur = 600_000 };

        var a = InvestmentScorer.Features(Interest, inside, 1);
        var b = InvestmentScorer.Features(Interest, outside, 1);

        Assert.True(InvestmentScorer.Score(a) > InvestmentScorer.Score(b));
        Assert.Equal(0.25f, b[2]);
        Assert.Contains("seeks €80,000, within your ticket of €20,000–€150,000", InvestmentScorer.Reasons(Interest, inside, a));
        Assert.Contains("in the agri-food sector you invest in", InvestmentScorer.Reasons(Interest, inside, a));
    }
}
