using DiasporaMatch.Ranking;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Reference;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Matching;

/// <summary>
/// Experts far below a need's minimum experience compete with qualified ones on generated sets: whatever the ranker
/// scores, no ineligible candidate is listed above an eligible one, in either direction.
/// </summary>
public sealed class MatchServiceEligibilityTests : IAsyncLifetime
{
    private static readonly string[] Skills = ["neonatal care", "paediatrics", "infection control", "midwifery", "triage"];
    private readonly SearchHarness _h = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _h.DisposeAsync().AsTask();

    [Theory]
    [InlineData(RankerNames.Bm25)]
    [InlineData(RankerNames.Baseline)]
    [InlineData(RankerNames.Model)]
    public async Task Match_GeneratedCompetingCandidates_NoIneligibleAboveEligible(string ranker)
    {
        var random = new Random(20261204);
        var years = new Dictionary<string, int>();
        for (var i = 0; i < 60; i++)
        {
            var id = $"E-{i:D3}";
            years[id] = random.Next(0, 16);
            // The least experienced get the most skills, so every ranker is tempted to put some of them first.
            var skillCount = years[id] < 3 ? Skills.Length : 1 + random.Next(Skills.Length);
            await _h.AddAsync(new ProfileBuilder(id).Skills(Skills.OrderBy(_ => random.Next()).Take(skillCount).ToArray())
                .With(p => p with { YearsExperience = years[id] }).Build());
        }

        using var service = _h.Service.With(_h.Service.Options with { Models = new ModelRegistry(_h.Folder.File("models"), DataPaths.ModelsFolder) });
        var violations = 0;
        var ineligibleListed = 0;
        for (var n = 0; n < 8; n++)
        {
            var minimum = 3 + random.Next(8);
            var need = new NeedBuilder($"N-{n}").With(x => x with { MinYearsExperience = minimum, RequiredSkills = Skills.OrderBy(_ => random.Next()).Take(3).ToArray() }).Build();
            await _h.AddAndIndexAsync(need);

            var results = (await service.MatchAsync(need.Id, 60, ranker))!;

            Assert.All(results, r => Assert.Equal(years[r.ExpertId] >= minimum - Eligibility.ExperienceTolerance, r.Eligible));
            violations += results.Select((r, i) => results.Skip(i + 1).Count(later => !r.Eligible && later.Eligible)).Sum();
            ineligibleListed += results.Count(r => !r.Eligible);
            Assert.All(results.Where(r => !r.Eligible), r => Assert.StartsWith("listed after every eligible candidate", r.Reasons[0], StringComparison.Ordinal));
        }

        Assert.Equal(0, violations);
        Assert.True(ineligibleListed > 0, "the generated sets must list some ineligible candidates, or the test proves nothing");
    }

    [Fact]
    public async Task Recommend_NeedFarAboveExpertsExperience_ListedAfterEligibleNeeds()
    {
        await _h.AddAndIndexAsync(
            new ProfileBuilder("E-1").Skills("neonatal care", "paediatrics", "triage").With(p => p with { YearsExperience = 1 }).Build(),
            new NeedBuilder("N-SENIOR").With(n => n with { MinYearsExperience = 10, RequiredSkills = ["neonatal care", "paediatrics", "triage"] }).Build(),
            new NeedBuilder("N-OPEN").With(n => n with { MinYearsExperience = 3, RequiredSkills = ["triage"], OptionalSkills = [] }).Build());

        var results = (await _h.Service.RecommendAsync("E-1", 10, RankerNames.Baseline))!;

        Assert.Equal(["N-OPEN", "N-SENIOR"], results.Select(r => r.Id));
        Assert.Equal([true, false], results.Select(r => r.Eligible));
        Assert.Equal("listed after every eligible candidate: 1 year of experience, more than 2 below the 10 required", results[1].Reasons[0]);
    }
}
