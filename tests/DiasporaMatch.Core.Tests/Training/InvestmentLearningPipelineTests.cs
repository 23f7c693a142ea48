using DiasporaMatch.Ranking;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Training;

/// <summary>The investor ↔ opportunity pipeline on the sample's investment decisions: split, training, promotion, determinism.</summary>
[Collection(SampleLearningCollection.Name)]
public sealed class InvestmentLearningPipelineTests(SampleLearningFixture sample)
{
    [Fact]
    public void Prepare_SampleInvestmentDecisions_SplitsInvestorsByTimeWithLoggedFeatures()
    {
        var data = sample.InvestmentData;

        Assert.True(data.Training.Groups.Count >= 100, $"{data.Training.Groups.Count} training investors");
        Assert.True(data.Holdout.Groups.Count >= 20, $"{data.Holdout.Groups.Count} holdout investors");
        Assert.All(data.Training.Groups, g => Assert.True(g.At < data.Split.Cutoff));
        Assert.All(data.Holdout.Groups, g => Assert.True(g.At >= data.Split.Cutoff));
        Assert.Empty(data.Training.Groups.Select(g => g.Id).Intersect(data.Holdout.Groups.Select(g => g.Id)));
        var items = data.Training.Groups.SelectMany(g => g.Items).ToList();
        Assert.All(items, i => Assert.Equal(InvestmentScorer.FeatureNames.Count, i.Features.Length));
        Assert.Contains(items, i => i.Label == DecisionGrades.Shown && !i.Logged);
        Assert.Contains(items, i => i.Label == DecisionGrades.Max && i.Logged);
    }

    [Fact]
    public void Train_SampleHoldout_ModelBeatsHandWeightedScorerAndIsPromoted()
    {
        var registry = sample.NewRegistry();

        var outcome = sample.InvestmentPipeline(registry).Train(sample.InvestmentData);

        var metrics = outcome.Candidate.Metrics;
        Assert.True(metrics["candidate"].At10 > metrics["baseline"].At10, $"model {metrics["candidate"].At10} vs hand-weighted {metrics["baseline"].At10}");
        Assert.True(metrics["candidate"].At10 > metrics["bm25"].At10);
        Assert.True(outcome.Promoted, outcome.Reason);
        Assert.Equal(outcome.Candidate.Version, registry.CurrentVersion());
        var saved = registry.Current()!;
        Assert.Equal(ModelManifest.InvestorOpportunities, saved.Manifest.Ranks);
        Assert.Equal(InvestmentScorer.FeatureNames, saved.Manifest.Features);
        Assert.True(saved.IsCompiled);
    }

    [Fact]
    public void Train_SameDataAndSeed_GivesIdenticalMetrics()
    {
        var first = sample.InvestmentPipeline(sample.NewRegistry()).Train(sample.InvestmentData);
        var second = sample.InvestmentPipeline(sample.NewRegistry()).Train(sample.InvestmentData);

        Assert.Equal(first.Candidate.DataFingerprint, second.Candidate.DataFingerprint);
        Assert.Equal(first.Candidate.Metrics, second.Candidate.Metrics);
    }

    [Fact]
    public void Train_CorruptedLabels_IsNotPromotedOverCurrentModel()
    {
        var registry = sample.NewRegistry();
        var pipeline = sample.InvestmentPipeline(registry);
        var good = pipeline.Train(sample.InvestmentData);
        Assert.True(good.Promoted, good.Reason);

        var corrupted = sample.InvestmentData.Training.Relabel(i => DecisionGrades.Max - i.Label);
        sample.Test.Clock.Advance(TimeSpan.FromMinutes(1));
        var bad = pipeline.Train(sample.InvestmentData, training: corrupted);

        Assert.False(bad.Promoted, bad.Reason);
        Assert.True(bad.Candidate.Metrics["candidate"].At10 < bad.Candidate.Metrics["current"].At10);
        Assert.Equal(good.Candidate.Version, registry.CurrentVersion());
    }

    [Fact]
    public void Baseline_Groups_RanksByHandWeightedScore()
    {
        // Two groups where the hand weights put the relevant item first, and one where they put it last.
        RankingExample Item(string id, int label, float sector, float ticket) => new(id, label, [sector, 0, ticket, 0, 0], 0);
        var right = new RankingGroup("A", DateTimeOffset.UnixEpoch, [Item("a1", 4, 1, 1), Item("a2", 0, 0, 0)]);
        var wrong = new RankingGroup("B", DateTimeOffset.UnixEpoch, [Item("b1", 0, 1, 1), Item("b2", 4, 0, 0)]);

        Assert.Equal(1, InvestmentLearningPipeline.Baseline([right]).At1);
        Assert.Equal(0, InvestmentLearningPipeline.Baseline([wrong]).At1);
    }

    [Fact]
    public async Task LogDecisionsAsync_BadDecisions_AreReportedAndGoodOnesLoggedOnce()
    {
        var good = sample.InvestmentDecisions[0];
        var decisions = new[]
        {
            good,
            good with { OpportunityId = "O-9999" },
            good with { ExpertId = "E-999999" },
            good with { Value = "maybe" },
            good,
        };
        var log = new FeatureLog(Path.Combine(sample.Test.Folder, "log-" + Guid.NewGuid().ToString("N")), sample.Test.Clock);
        using var logging = sample.Service.With(sample.Service.Options with { FeatureLog = log });

        var errors = await new InvestmentLearningPipeline(logging, sample.NewRegistry(), sample.Test.Clock).LogDecisionsAsync(decisions);

        Assert.Equal([1, 2, 3], errors.Select(e => e.Index));
        Assert.Contains("opportunities/O-9999 does not exist", errors[0].Error, StringComparison.Ordinal);
        Assert.Contains("profiles/E-999999 does not exist", errors[1].Error, StringComparison.Ordinal);
        Assert.Contains("\"maybe\"", errors[2].Error, StringComparison.Ordinal);
        var logged = Assert.Single(log.ReadAll());
        Assert.Equal(FeatureLogEntry.InvestDecided, logged.Event);
        Assert.Equal(good.OpportunityId, logged.OpportunityId);
        Assert.Equal(InvestmentScorer.FeatureNames.Count, logged.Features.Length);
    }
}
