using DiasporaMatch.Assignments;
using DiasporaMatch.Needs;
using DiasporaMatch.Profiles;

namespace DiasporaMatch.Programme;

/// <summary>Indicators on a hand-built programme whose answers are known, missions spanning the period's edges included.</summary>
public sealed class ProgrammeIndicatorsTests
{
    private static readonly DateOnly March1 = new(2027, 3, 1);
    private static readonly DateOnly March31 = new(2027, 3, 31);

    private static readonly Need[] Needs =
    [
        new() { Id = "N-1", OrganisationId = "ORG-1", Sector = "health", Region = "MA-01", Window = new DateRange(new(2027, 2, 15), new(2027, 4, 15)) },
        new() { Id = "N-2", OrganisationId = "ORG-2", Sector = "education", Region = "MA-04", Window = new DateRange(new(2027, 5, 1), new(2027, 5, 31)) },
    ];

    private static readonly Assignment[] Assignments =
    [
        // Started before the period, completed inside it: 10 of its days in March, rated 5.
        Mission("A-1", "N-1", new(2027, 2, 20), new(2027, 3, 10), AssignmentState.Completed,
            ("02-01", AssignmentState.Shortlisted), ("02-02", AssignmentState.Proposed), ("02-03", AssignmentState.Accepted), ("02-04", AssignmentState.Confirmed),
            ("02-11", AssignmentState.Approved), ("02-20", AssignmentState.InProgress), ("03-10", AssignmentState.Completed)) with
        {
            Ratings = [new AssignmentRating("staff", "S-1", 5, At("03-10"))],
        },

        // Approved 4 days after shortlisting, starts inside and runs past the period: 7 days in March.
        Mission("A-2", "N-1", new(2027, 3, 25), new(2027, 4, 5), AssignmentState.InProgress,
            ("03-01", AssignmentState.Shortlisted), ("03-02", AssignmentState.Proposed), ("03-03", AssignmentState.Accepted), ("03-04", AssignmentState.Confirmed),
            ("03-05", AssignmentState.Approved), ("03-25", AssignmentState.InProgress)),

        // The expert declined the proposal.
        Mission("A-3", "N-2", new(2027, 5, 1), new(2027, 5, 10), AssignmentState.Declined,
            ("03-02", AssignmentState.Shortlisted), ("03-03", AssignmentState.Proposed), ("03-06", AssignmentState.Declined)),

        // Approved 6 days after shortlisting, then cancelled before it started: no person-days.
        Mission("A-4", "N-1", new(2027, 3, 12), new(2027, 3, 20), AssignmentState.Cancelled,
            ("03-04", AssignmentState.Shortlisted), ("03-05", AssignmentState.Proposed), ("03-06", AssignmentState.Accepted), ("03-07", AssignmentState.Confirmed),
            ("03-10", AssignmentState.Approved), ("03-11", AssignmentState.Cancelled)),
    ];

    [Fact]
    public void Compute_March_KnownTotals()
    {
        var total = Assert.Single(ProgrammeIndicators.Compute(Needs, Assignments, March1, March31, IndicatorBreakdown.Total));

        Assert.Equal(new IndicatorRow("total", 1, 2, 1, 1, 1, 17, 4, 6, 0.667, 5), total);
    }

    [Fact]
    public void Compute_BySector_SplitsByTheNeedsSector()
    {
        var rows = ProgrammeIndicators.Compute(Needs, Assignments, March1, March31, IndicatorBreakdown.Sector);

        Assert.Equal(["education", "health"], rows.Select(r => r.Key));
        Assert.Equal(new IndicatorRow("education", 0, 0, 0, 0, 0, 0, null, null, 0, null), rows[0]);
        Assert.Equal((1, 2, 17, 1.0), (rows[1].NeedsActive, rows[1].PositionsFilled, rows[1].PersonDays, rows[1].AcceptanceRate!.Value));
    }

    [Fact]
    public void Compute_ByMonthAcrossTheEdge_EachMissionDayInItsMonth()
    {
        var rows = ProgrammeIndicators.Compute(Needs, Assignments, new DateOnly(2027, 2, 15), new DateOnly(2027, 3, 15), IndicatorBreakdown.Month);

        Assert.Equal([("2027-02", 9), ("2027-03", 10)], rows.Select(r => (r.Key, r.PersonDays)));
        Assert.Equal((1, 1), (rows[0].MissionsStarted, rows[1].MissionsCompleted));
    }

    [Fact]
    public void Compute_PeriodEndingBeforeItStarts_Refused() =>
        Assert.Throws<ArgumentException>(() => ProgrammeIndicators.Compute(Needs, Assignments, March31, March1, IndicatorBreakdown.Total));

    private static DateTimeOffset At(string monthDay) => DateTimeOffset.Parse($"2027-{monthDay}T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static Assignment Mission(string id, string needId, DateOnly from, DateOnly to, AssignmentState state, params (string Day, AssignmentState To)[] steps) => new()
    {
        Id = id,
        NeedId = needId,
        ExpertId = "E-" + id,
        OrganisationId = needId == "N-1" ? "ORG-1" : "ORG-2",
        From = from,
        To = to,
        State = state,
        History = [.. steps.Select((s, i) => new AssignmentTransition(i == 0 ? null : steps[i - 1].To, s.To, "staff", "S-1", At(s.Day), null))],
    };
}
