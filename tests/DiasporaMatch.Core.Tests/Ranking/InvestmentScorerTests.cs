using DiasporaMatch.Facts;
using DiasporaMatch.Profiles;

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
        Assert.Contains("in the Agriculture and food sector you invest in", InvestmentScorer.Reasons(Interest, inside, a));
    }

    [Fact]
    public void Features_SupportWantedOffered_RaisesScoreAndSaysWhich()
    {
        var investor = Interest with { SupportWanted = ["Accès au foncier", "mentoring"] };
        var offers = new OpportunityFacts { Id = "O-1", Sector = "agri-food", AmountSoughtEur = 80_000, SupportOffered = ["land access", "coaching"] };
        var partly = offers with { Id = "O-2", SupportOffered = ["coaching", "tax incentives"] };
        var none = offers with { Id = "O-3", SupportOffered = [] };

        var a = InvestmentScorer.Features(investor, offers, 1);
        var b = InvestmentScorer.Features(investor, partly, 1);
        var c = InvestmentScorer.Features(investor, none, 1);

        Assert.Equal(InvestmentScorer.FeatureNames.Count, a.Length);
        Assert.Equal((1f, 0.5f, 0f), (a[5], b[5], c[5]));
        Assert.True(InvestmentScorer.Score(a) > InvestmentScorer.Score(b) && InvestmentScorer.Score(b) > InvestmentScorer.Score(c));
        Assert.Contains("offers land access and mentoring, which you look for", InvestmentScorer.Reasons(investor, offers, a));
        Assert.Contains("offers mentoring, which you look for", InvestmentScorer.Reasons(investor, partly, b));
        Assert.DoesNotContain(InvestmentScorer.Reasons(investor, none, c), r => r.StartsWith("offers", StringComparison.Ordinal));
    }

    [Fact]
    public void Features_NoSupportWanted_IsNeutralWithoutReason()
    {
        var opportunity = new OpportunityFacts { Id = "O-1", Sector = "agri-food", SupportOffered = ["land access"] };

        var features = InvestmentScorer.Features(Interest, opportunity, 1);

        Assert.Equal(0.5f, features[InvestmentScorer.FeatureNames.ToList().IndexOf("supportFit")]);
        Assert.DoesNotContain(InvestmentScorer.Reasons(Interest, opportunity, features), r => r.StartsWith("offers", StringComparison.Ordinal));
    }
}
