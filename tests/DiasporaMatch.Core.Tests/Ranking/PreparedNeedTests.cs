using DiasporaMatch.Profiles;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Ranking;

public sealed class PreparedNeedTests
{
    private readonly FakeTaxonomy _taxonomy = new();

    [Fact]
    public void Extract_ManyExpertsThroughOnePreparedNeed_SameAsEachAlone()
    {
        var facts = SearchHarness.Facts(_taxonomy);
        var need = new NeedBuilder("N-1").With(n => n with
        {
            RequiredSkills = ["neonatal care", "training of trainers"],
            OptionalSkills = ["paediatric care", "hospital logistics"],
            Occupation = "neonatal nurse",
            Window = new DateRange(new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 20)),
        }).Build();
        var experts = new[]
        {
            new ProfileBuilder("E-1").Skills("neonatal care", "training of trainers").Build(),
            new ProfileBuilder("E-2").Skills("care", "paediatric care").With(p => p with { Occupation = "nurse" }).Build(),
            new ProfileBuilder("E-3").Skills("neonatal resuscitation", "hospital logistics").Build(),
            new ProfileBuilder("E-4").Skills("welding").With(p => p with { Occupation = "welder" }).Build(),
        };
        var needFacts = facts.ForNeed(need, _taxonomy.ForNeed(need));
        var expertFacts = experts.Select(e => facts.ForProfile(e, _taxonomy.ForProfile(e))).ToList();
        var extractor = new FeatureExtractor(_taxonomy);

        var prepared = extractor.For(needFacts);
        var together = expertFacts.Concat(expertFacts).Select(e => prepared.Extract(e, 0.5f).Values).ToList();
        var alone = expertFacts.Concat(expertFacts).Select(e => new FeatureExtractor(_taxonomy).Extract(needFacts, e, 0.5f).Values).ToList();

        Assert.Equal(alone, together);
        Assert.NotEqual(together[0], together[3]); // the experts do differ, so the memo cannot hide a leak
    }
}
