using DiasporaMatch.Decisions;
using DiasporaMatch.Ranking.Learning;

namespace DiasporaMatch.Ranking.Learning;

public sealed class TimeSplitTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_TrainingDecisions_AllPrecedeEveryHoldoutDecision()
    {
        // Needs overlap in time: N-3 starts before N-2's last decision, and N-2 runs past the cutoff.
        var decisions = new[]
        {
            D("N-1", "E-1", 0), D("N-1", "E-2", 5),
            D("N-2", "E-1", 10), D("N-2", "E-3", 40),
            D("N-3", "E-2", 20), D("N-3", "E-4", 22),
            D("N-4", "E-5", 30), D("N-4", "E-1", 31),
            D("N-5", "E-6", 35),
        };

        var split = TimeSplit.Of(decisions, 0.4);

        Assert.Equal(Start.AddDays(30), split.Cutoff);
        Assert.All(split.Training, d => Assert.True(d.At < split.Cutoff));
        Assert.All(split.Holdout, d => Assert.True(d.At >= split.Cutoff));
        Assert.DoesNotContain(split.Training, d => d.NeedId is "N-4" or "N-5");
        Assert.DoesNotContain(split.Training, d => d.At == Start.AddDays(40));
        Assert.Empty(split.Training.Select(d => d.NeedId).Intersect(split.Holdout.Select(d => d.NeedId)));
    }

    [Fact]
    public void Split_InvestorGroups_HoldsOutTheLatestInvestorsWhole()
    {
        // (investor, opportunity, day): I-2 is still being decided on after the cutoff, so its late decision is dropped.
        var items = new[] { ("I-1", "O-1", 0), ("I-1", "O-2", 3), ("I-2", "O-1", 5), ("I-2", "O-3", 25), ("I-3", "O-2", 20), ("I-3", "O-4", 21) };

        var (cutoff, training, holdout) = TimeSplit.Split(items, i => i.Item1, i => Start.AddDays(i.Item3), 0.34);

        Assert.Equal(Start.AddDays(20), cutoff);
        Assert.Equal([("I-1", "O-1", 0), ("I-1", "O-2", 3), ("I-2", "O-1", 5)], training);
        Assert.Equal([("I-3", "O-2", 20), ("I-3", "O-4", 21)], holdout);
    }

    [Fact]
    public void Of_SingleNeed_HasNoHoldout()
    {
        var split = TimeSplit.Of([D("N-1", "E-1", 0)]);

        Assert.Single(split.Training);
        Assert.Empty(split.Holdout);
    }

    [Fact]
    public void History_Of_CountsOnlyEarlierAssignments()
    {
        var history = new AssignmentHistory(
        [
            D("N-1", "E-1", 0, DecisionGrades.Completed, 5),
            D("N-2", "E-1", 10, DecisionGrades.Approved),
            D("N-3", "E-1", 20, DecisionGrades.Rejected),
            D("N-4", "E-1", 30, DecisionGrades.Completed, 3),
        ]);

        Assert.Equal(default, history.Of("E-1", Start));
        Assert.Equal(new TrackRecord(2, 5), history.Of("E-1", Start.AddDays(25)));
        Assert.Equal(new TrackRecord(3, 4), history.Of("E-1", Start.AddDays(31)));
        Assert.Equal(default, history.Of("E-9", Start.AddDays(31)));
    }

    private static Decision D(string need, string expert, int day, string value = DecisionGrades.Shortlisted, int? rating = null) =>
        new() { Id = $"{need}-{expert}-{day}", NeedId = need, ExpertId = expert, Value = value, At = Start.AddDays(day), Rating = rating };
}
