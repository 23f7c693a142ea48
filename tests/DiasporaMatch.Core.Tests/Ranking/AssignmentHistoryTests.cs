using CsCheck;
using DiasporaMatch.Decisions;

namespace DiasporaMatch.Ranking;

public sealed class AssignmentHistoryTests
{
    private static readonly string[] Values =
        [DecisionGrades.Shortlisted, DecisionGrades.Proposed, DecisionGrades.Approved, DecisionGrades.Rejected, DecisionGrades.Completed, DecisionGrades.Interested];

    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void With_DecisionsAddedOneByOne_SameTrackRecordsAsReadingThemAll()
    {
        // Days from a short range, so several decisions share a moment and some arrive out of order.
        var decision =
            from expert in Gen.Int[0, 3]
            from value in Gen.Int[0, Values.Length - 1]
            from day in Gen.Int[0, 9]
            from rating in Gen.Int[0, 5]
            select new Decision { ExpertId = $"E-{expert}", NeedId = "N-1", Value = Values[value], At = Start.AddDays(day), Rating = rating == 0 ? null : rating };

        decision.Array[0, 30].Sample(decisions =>
        {
            var added = decisions.Aggregate(AssignmentHistory.Empty, (history, d) => history.With(d));
            var read = new AssignmentHistory(decisions);
            for (var expert = 0; expert < 4; expert++)
            {
                for (var day = 0; day <= 10; day++)
                {
                    var asOf = Start.AddDays(day);
                    if (added.Of($"E-{expert}", asOf) != read.Of($"E-{expert}", asOf))
                    {
                        return false;
                    }
                }
            }

            return true;
        });
    }

    [Fact]
    public void With_ApprovedDecision_CountsFromItsMomentOnAndLeavesTheOriginalAsItWas()
    {
        var before = AssignmentHistory.Empty;

        var after = before.With(new Decision { ExpertId = "E-1", Value = DecisionGrades.Approved, At = Start });

        Assert.Equal(new TrackRecord(0, null), after.Of("E-1", Start));
        Assert.Equal(new TrackRecord(1, null), after.Of("E-1", Start.AddTicks(1)));
        Assert.Equal(default, before.Of("E-1", Start.AddDays(1)));
    }
}
