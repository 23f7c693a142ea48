using DiasporaMatch.Ranking;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.Reference;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Matching;

/// <summary>`recommend` and `invest` with each ranker on the sample: the model orders by its own scores, or falls back.</summary>
[Collection(SampleLearningCollection.Name)]
public sealed class MatchServiceRankerTests(SampleLearningFixture sample)
{
    [Fact]
    public async Task InvestAsync_ModelRanker_OrdersByInvestorModelScores()
    {
        var registry = sample.NewRegistry();
        Assert.True(sample.InvestmentPipeline(registry.Investments).Train(sample.InvestmentData).Promoted);
        var model = registry.Investments.Current()!;
        var investor = sample.InvestmentData.Holdout.Groups[0].Id;

        var results = await WithModels(registry, service => service.InvestAsync(investor, 10, RankerNames.Model));

        Assert.NotEmpty(results!);
        Assert.Equal(model.ScoreAll(results!.Select(r => r.Features).ToList()), results!.Select(r => r.Score));
        Assert.Equal(results!.Select(r => r.Score).OrderDescending(), results!.Select(r => r.Score));
        Assert.NotEqual(results!.Select(r => InvestmentScorer.Score(r.Features)), results!.Select(r => r.Score));
    }

    [Fact]
    public async Task InvestAsync_ModelRankerWithoutModel_UsesHandWeightedScorer()
    {
        var investor = sample.InvestmentData.Holdout.Groups[0].Id;

        var results = await WithModels(sample.NewRegistry(), service => service.InvestAsync(investor, 10, RankerNames.Model));

        Assert.Equal(results!.Select(r => InvestmentScorer.Score(r.Features)), results!.Select(r => r.Score));
    }

    [Fact]
    public async Task InvestAsync_UnknownRanker_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sample.Service.InvestAsync("E-000001", 10, "random"));
    }

    [Fact]
    public async Task RecommendAsync_ModelRanker_OrdersByNeedModelWithReasons()
    {
        var registry = new ModelRegistry(Path.Combine(sample.Test.Folder, "models-" + Guid.NewGuid().ToString("N")), DataPaths.ModelsFolder);
        var model = registry.Current()!;
        var expert = await FirstExpertWithRecommendationsAsync();

        var results = await WithModels(registry, service => service.RecommendAsync(expert, 10, RankerNames.Model));

        Assert.Equal(model.ScoreAll(results!.Select(r => r.Features).ToList()), results!.Select(r => r.Score));
        Assert.Equal(results!.Select(r => r.Score).OrderDescending(), results!.Select(r => r.Score));
        Assert.All(results!, r => Assert.NotEmpty(r.Reasons));
    }

    private async Task<string> FirstExpertWithRecommendationsAsync()
    {
        foreach (var id in sample.Data.Training.Groups.SelectMany(g => g.Items).Where(i => i.Label == DecisionGrades.Max).Select(i => i.ItemId))
        {
            if (await sample.Service.RecommendAsync(id, 10) is { Count: >= 3 })
            {
                return id;
            }
        }

        throw new InvalidOperationException("no sample expert has three recommended needs");
    }

    private async Task<T> WithModels<T>(ModelRegistry registry, Func<MatchService, Task<T>> act)
    {
        using var service = sample.Service.With(sample.Service.Options with { Models = registry });
        return await act(service);
    }
}
