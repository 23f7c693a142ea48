using DiasporaMatch.Ranking;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Matching;

public sealed class MatchServiceScoringTests : IAsyncLifetime
{
    private readonly SearchHarness _h = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _h.DisposeAsync().AsTask();

    [Theory]
    [InlineData(RankerNames.Baseline)]
    [InlineData(RankerNames.Bm25)]
    public async Task Match_ConceptMatch_BeatsTextOnlyMention(string ranker)
    {
        // E-CONCEPT words the skill in French, so only the concept links it; E-TEXT merely mentions the words.
        await _h.AddAndIndexAsync(
            new ProfileBuilder("E-CONCEPT").Skills("soins néonatals").With(p => p with { Occupation = "infirmier" }).Build(),
            new ProfileBuilder("E-TEXT").Skills("cooking").With(p => p with { Occupation = "chef", Summary = "I enjoy documentaries about neonatal care and nurses training" }).Build());

        var results = await _h.MatchAsync(new NeedBuilder("N-1").Build(), ranker);

        Assert.Equal(["E-CONCEPT", "E-TEXT"], results.Select(r => r.ExpertId));
    }

    [Fact]
    public async Task Match_NarrowerSkill_GetsPartialCreditBelowExact()
    {
        await _h.AddAndIndexAsync(
            new ProfileBuilder("E-EXACT").Skills("neonatal care").Build(),
            new ProfileBuilder("E-NARROWER").Skills("neonatal resuscitation").Build(),
            new ProfileBuilder("E-SIBLING").Skills("paediatric care").Build());

        var results = await _h.MatchAsync(new NeedBuilder("N-1").Build());

        Assert.Equal(["E-EXACT", "E-NARROWER", "E-SIBLING"], results.Select(r => r.ExpertId));
        Assert.Equal(1f, results[0].Features[FeatureSchema.RequiredSkillCoverage]);
        Assert.Equal(0.5f, results[1].Features[FeatureSchema.RequiredSkillCoverage]);
        Assert.Equal(0f, results[2].Features[FeatureSchema.RequiredSkillCoverage]);
        Assert.Contains("covers 1 of 1 required skills (1 through a closely related skill)", results[1].Reasons);
    }

    [Fact]
    public async Task Match_BroaderSkill_GetsPartialCredit()
    {
        await _h.AddAndIndexAsync(new ProfileBuilder("E-BROADER").Skills("care").Build());

        var results = await _h.MatchAsync(new NeedBuilder("N-1").Build());

        Assert.Equal(0.5f, Assert.Single(results).Features[FeatureSchema.RequiredSkillCoverage]);
    }

    [Fact]
    public async Task Match_Results_CarryRankScoreReasonsAndFullFeatureVector()
    {
        await _h.AddAndIndexAsync(new ProfileBuilder("E-1").Skills("neonatal care", "training of trainers").Build());

        var result = Assert.Single(await _h.MatchAsync(new NeedBuilder("N-1").With(n => n with { OptionalSkills = ["training of trainers"] }).Build()));

        Assert.Equal(1, result.Rank);
        Assert.Equal(FeatureSchema.Count, result.Features.Length);
        Assert.Equal(new BaselineRanker().Score(new MatchFeatures(result.Features, new MatchEvidence()), 0), result.Score, 5);
        Assert.Contains("speaks French C1 (B2 required)", result.Reasons);
        Assert.Contains("covers 1 of 1 required skills", result.Reasons);
    }
}
