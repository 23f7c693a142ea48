using DiasporaMatch.Decisions;
using DiasporaMatch.Ranking;
using DiasporaMatch.Ranking.Learning;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Training;

/// <summary>The real pipeline on the bundled sample: time-split holdout, LambdaRank, promotion, determinism.</summary>
[Collection(SampleLearningCollection.Name)]
public sealed class LearningPipelineTests(SampleLearningFixture sample)
{
    [Fact]
    public void Prepare_Sample_SplitsByTimeWithComputedFeatures()
    {
        var data = sample.Data;

        Assert.True(data.Training.Groups.Count >= 100);
        Assert.True(data.Holdout.Groups.Count >= 20);
        Assert.All(data.Training.Groups, g => Assert.True(g.At < data.Split.Cutoff));
        Assert.All(data.Holdout.Groups, g => Assert.True(g.At >= data.Split.Cutoff));
        Assert.Equal(0, data.Training.LoggedPairs);
        Assert.All(data.Training.Groups.SelectMany(g => g.Items), i => Assert.Equal(FeatureSchema.Count, i.Features.Length));
        Assert.Contains(data.Training.Groups.SelectMany(g => g.Items), i => i.Label == DecisionGrades.Shown);
    }

    [Fact]
    public void WhyNotTrainableAndMeasurable_SampleThenNoHoldoutThenOneGrade_SaysWhatIsMissing()
    {
        var noHoldout = sample.Data with { Holdout = new RankingSet([]) };
        var oneGrade = sample.Data with { Training = sample.Data.Training.Relabel(_ => DecisionGrades.Shown) };

        Assert.Null(sample.Data.WhyNotTrainableAndMeasurable());
        Assert.Null(noHoldout.WhyNotTrainable());
        Assert.Equal("no decided needs after the time split's cutoff to measure a candidate on", noHoldout.WhyNotTrainableAndMeasurable());
        Assert.Equal("nothing to learn from: no need has candidates graded differently, so there is no order to learn", oneGrade.WhyNotTrainableAndMeasurable());
    }

    [Fact]
    public void Train_SampleHoldout_ModelBeatsBm25AndBaselineAtNdcg10()
    {
        var outcome = sample.Pipeline(sample.NewRegistry()).Train(sample.Data);

        var metrics = outcome.Candidate.Metrics;
        Assert.True(metrics["candidate"].At10 > metrics["baseline"].At10, $"model {metrics["candidate"].At10} vs baseline {metrics["baseline"].At10}");
        Assert.True(metrics["candidate"].At10 > metrics["bm25"].At10, $"model {metrics["candidate"].At10} vs bm25 {metrics["bm25"].At10}");
        Assert.True(outcome.Promoted, outcome.Reason);
    }

    [Fact]
    public void Evaluate_RandomRankerOnHoldout_IsWellBelowOne()
    {
        var random = new Random(3);

        var scores = NdcgEvaluator.Evaluate(sample.Data.Holdout.Groups, g => g.Items.Select(_ => random.NextDouble()).ToList());

        Assert.True(scores.At10 < 0.7, $"random ranker NDCG@10 {scores.At10}");
        Assert.Equal(sample.Data.Holdout.Groups.Count, scores.Groups);
    }

    [Fact]
    public void Train_SameDataAndSeed_GivesIdenticalMetricsAndScores()
    {
        var first = sample.Pipeline(sample.NewRegistry()).Train(sample.Data);
        var second = sample.Pipeline(sample.NewRegistry()).Train(sample.Data);

        Assert.Equal(first.Candidate.DataFingerprint, second.Candidate.DataFingerprint);
        Assert.Equal(first.Candidate.Metrics["candidate"], second.Candidate.Metrics["candidate"]);
        var rows = sample.Data.Holdout.Groups[0].Items.Select(i => i.Features).ToList();
        Assert.Equal(RankingTrainer.Train(sample.Data.Training).ScoreAll(rows), RankingTrainer.Train(sample.Data.Training).ScoreAll(rows));
    }

    [Fact]
    public void Train_CorruptedLabels_IsNotPromotedOverCurrentModel()
    {
        var registry = sample.NewRegistry();
        var pipeline = sample.Pipeline(registry);
        var good = pipeline.Train(sample.Data);
        Assert.True(good.Promoted, good.Reason);

        // Inverted grades: the best decisions become the worst.
        var corrupted = sample.Data.Training.Relabel(i => DecisionGrades.Max - i.Label);
        sample.Test.Clock.Advance(TimeSpan.FromMinutes(1));
        var bad = pipeline.Train(sample.Data, training: corrupted);

        Assert.False(bad.Promoted, bad.Reason);
        Assert.True(bad.Candidate.Metrics["candidate"].At10 < bad.Candidate.Metrics["current"].At10);
        Assert.NotEqual(good.Candidate.DataFingerprint, bad.Candidate.DataFingerprint);
        Assert.Equal(good.Candidate.Version, registry.CurrentVersion());
    }

    [Fact]
    public void Train_ShuffledLabelsWithoutModel_DoesNotBeatBaseline()
    {
        var random = new Random(11);
        var shuffled = sample.Data.Training.Relabel(_ => random.Next(0, DecisionGrades.Max + 1));
        var registry = sample.NewRegistry();

        var outcome = sample.Pipeline(registry).Train(sample.Data, training: shuffled);

        Assert.False(outcome.Promoted, outcome.Reason);
        Assert.Null(registry.CurrentVersion());
    }

    [Fact]
    public void Registry_SaveLoadAndRollback_KeepsPreviousModel()
    {
        var registry = sample.NewRegistry();
        var pipeline = sample.Pipeline(registry);
        var first = pipeline.Train(sample.Data);
        var loaded = registry.Current()!;
        var rows = sample.Data.Holdout.Groups[1].Items.Select(i => i.Features).ToList();
        var trained = RankingTrainer.Train(sample.Data.Training);

        Assert.Equal(trained.ScoreAll(rows), loaded.ScoreAll(rows));
        Assert.Equal(first.Candidate.Metrics["candidate"], NdcgEvaluator.Model(sample.Data.Holdout.Groups, loaded));

        // A second, different model promoted by hand, then rolled back.
        var other = RankingTrainer.Train(sample.Data.Training, new TrainerOptions { Algorithm = RankingAlgorithm.FastTree });
        other.Manifest = other.Manifest with { Version = "second", Previous = first.Candidate.Version };
        registry.Save(other);
        registry.SetCurrent("second");
        Assert.Equal("second", registry.Current()!.Manifest.Version);

        Assert.Equal(first.Candidate.Version, registry.Rollback());
        Assert.Equal(first.Candidate.Version, registry.Current()!.Manifest.Version);
        Assert.True(File.Exists(Path.Combine(registry.Folder, "second", ModelRegistry.ModelFile)));
    }

    [Fact]
    public void Contributions_LoadedModel_NameTheFeaturesThatRaisedTheScore()
    {
        var registry = sample.NewRegistry();
        sample.Pipeline(registry).Train(sample.Data);
        var model = registry.Current()!;
        var best = sample.Data.Holdout.Groups.SelectMany(g => g.Items).Where(i => i.Label == DecisionGrades.Max).First();

        var top = model.TopContributions(best.Features);
        var contributions = model.Contributions([best.Features])[0];

        Assert.NotEmpty(top);
        Assert.All(top, t => Assert.Contains(t.Feature, FeatureSchema.Names));
        Assert.All(top, t => Assert.True(t.Contribution > 0));
        Assert.Equal(FeatureSchema.Count, contributions.Length);
        Assert.Equal(contributions.Max(), top[0].Contribution);
    }

    [Fact]
    public async Task Match_ModelRanker_RanksWithReasonsFromContributions()
    {
        var registry = sample.NewRegistry();
        sample.Pipeline(registry).Train(sample.Data);
        var model = registry.Current()!;
        var need = (await sample.Service.ReadNeedAsync(sample.Data.Holdout.Groups[0].Id))!;

        var results = sample.Service.Match(need, 10, model);

        Assert.Equal(10, results.Count);
        Assert.True(results.Zip(results.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.All(results, r => Assert.NotEmpty(r.Reasons));
        var top = results[0];

        // Required-skill coverage always leads (ReasonWriter); the reasons after it follow the model's contributions:
        // the next one speaks for one of the strongest other contributors (some, e.g. a language share with no
        // language required, have nothing worth saying and are passed over).
        Assert.Contains("required skills", top.Reasons[0], StringComparison.Ordinal);
        var strongest = model.TopContributions(top.Features, FeatureSchema.Count)
            .Where(c => c.Feature is not ("requiredSkillCoverage" or "requiredSkillExact"))
            .Take(3)
            .Select(c => c.Feature)
            .ToList();
        Assert.Contains(strongest, f => ReasonMentions(top.Reasons[1], f));
    }

    [Fact]
    public async Task FeatureLog_ServedAndDecided_TrainingUsesLoggedVectors()
    {
        using var folder = new TempFolder();
        var log = new FeatureLog(folder.Path, sample.Test.Clock);
        var needId = sample.Data.Training.Groups[0].Id;
        var need = (await sample.Service.ReadNeedAsync(needId))!;
        var served = sample.Service.Match(need, 5, new BaselineRanker());
        await log.AppendServedAsync(needId, "baseline", null, served);
        var decision = new Decision { Id = "D-X", NeedId = needId, ExpertId = served[0].ExpertId, Value = DecisionGrades.Approved, At = sample.Test.Clock.GetUtcNow() };
        using (var logging = sample.Service.With(sample.Service.Options with { FeatureLog = log }))
        {
            await logging.LogDecisionAsync(decision);
        }

        var entries = log.ReadAll();
        Assert.Equal(6, entries.Count);
        Assert.Equal(served[2].Features, entries[2].Features);
        Assert.Equal(FeatureLogEntry.Decided, entries[^1].Event);

        var set = await new TrainingSetBuilder(sample.Service).BuildAsync([decision], AssignmentHistory.Empty, entries);
        var group = Assert.Single(set.Groups);
        Assert.Equal(5, group.Items.Count);
        Assert.All(group.Items, i => Assert.True(i.Logged));
        Assert.Equal(DecisionGrades.Max, group.Items.Single(i => i.ItemId == served[0].ExpertId).Label);
        Assert.Equal(served[1].Features, group.Items.Single(i => i.ItemId == served[1].ExpertId).Features);

        await log.EraseAsync(served[0].ExpertId);
        Assert.DoesNotContain(log.ReadAll(), e => e.ExpertId == served[0].ExpertId);
    }

    private static bool ReasonMentions(string reason, string feature) => feature switch
    {
        "requiredSkillCoverage" or "requiredSkillExact" => reason.Contains("required skills", StringComparison.Ordinal),
        "optionalSkillCoverage" => reason.Contains("optional", StringComparison.Ordinal),
        "occupationMatch" => reason.Contains("occupation", StringComparison.Ordinal),
        "occupationSkillFit" => reason.Contains("essential", StringComparison.Ordinal),
        "languageCoverage" => reason.Contains("speak", StringComparison.Ordinal),
        "availabilityShare" or "coversDuration" => reason.Contains("available", StringComparison.Ordinal),
        "remoteFit" => reason.Contains("remote", StringComparison.Ordinal),
        "regionPreference" => reason.Contains("prefers", StringComparison.Ordinal),
        "experienceFit" or "experienceSurplus" => reason.Contains("experience", StringComparison.Ordinal),
        "sectorMatch" => reason.Contains("sector", StringComparison.Ordinal),
        "textScore" => reason.Contains("wording", StringComparison.Ordinal),
        "conceptOverlap" => reason.Contains("concept", StringComparison.Ordinal),
        "pastAssignments" or "pastRating" => reason.Contains("assignment", StringComparison.Ordinal),
        "profileCompleteness" => reason.Contains("complete", StringComparison.Ordinal),
        _ => false,
    };
}
