using DiasporaMatch.Opportunities;
using DiasporaMatch.Profiles;
using DiasporaMatch.TestSupport;

using DiasporaMatch.Search;
namespace DiasporaMatch.Matching;

public sealed class MatchServiceDirectionsTests : IAsyncLifetime
{
    private readonly SearchHarness _h = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _h.DisposeAsync().AsTask();

    [Fact]
    public async Task Recommend_Expert_GetsOpenNeedsTheyQualifyFor()
    {
        await _h.AddAndIndexAsync(
            new ProfileBuilder("E-1").Skills("neonatal care").Build(),
            new NeedBuilder("N-OK").Build(),
            new NeedBuilder("N-CLOSED").With(n => n with { Status = "closed" }).Build(),
            new NeedBuilder("N-ARABIC").With(n => n with { RequiredLanguages = [new LanguageSkill("ar", "B2")] }).Build());

        var results = await _h.Service.RecommendAsync("E-1");

        Assert.Equal(["N-OK"], results!.Select(r => r.Id));
    }

    [Fact]
    public async Task Invest_Investor_GetsOpenOpportunitiesInTheirSectorFirst()
    {
        var investor = new ProfileBuilder("E-1").With(p => p with
        {
            Investment = new InvestmentInterest { Sectors = ["agri-food"], Regions = ["MA-01"], TicketMinEur = 10_000, TicketMaxEur = 100_000 },
        }).Build();
        await _h.AddAndIndexAsync(
            investor,
            new Opportunity { Id = "O-AGRI", OrganisationId = "ORG-1", Title = "Olive press", Country = "MA", Region = "MA-02", Sector = "agri-food", AmountSoughtEur = 50_000 },
            new Opportunity { Id = "O-REGION", OrganisationId = "ORG-1", Title = "Hotel", Country = "MA", Region = "MA-01", Sector = "tourism", AmountSoughtEur = 50_000 },
            new Opportunity { Id = "O-OTHER", OrganisationId = "ORG-1", Title = "Factory", Country = "MA", Region = "MA-05", Sector = "manufacturing" },
            new Opportunity { Id = "O-CLOSED", OrganisationId = "ORG-1", Title = "Farm", Country = "MA", Region = "MA-01", Sector = "agri-food", Status = "closed" });

        var results = await _h.Service.InvestAsync("E-1");

        Assert.Equal(["O-AGRI", "O-REGION"], results!.Select(r => r.Id));
    }
}
