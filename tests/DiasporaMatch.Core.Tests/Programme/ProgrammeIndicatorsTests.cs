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

    /// <summary>
    /// Experts by country of residence and self-declared gender, each with one March mission unless said: NL has two
    /// missions spanning the period's edges and a declined proposal, FR three completed inside it, BE, DE and CA one
    /// each (small groups). E-1's May mission and LU's mere shortlisting count nowhere.
    /// </summary>
    private static readonly ExpertProfile[] People =
    [
        Person("E-1", "NL", "female"), Person("E-2", "NL", "female"), Person("E-3", "NL", "male"),
        Person("E-4", "FR", null), Person("E-5", "FR", null), Person("E-6", "FR", "male"),
        Person("E-7", "BE", "other"), Person("E-8", "DE", null), Person("E-10", "LU", "male"), Person("E-11", "CA", "female"),
    ];

    private static readonly Assignment[] PeopleMissions =
    [
        Assignments[0] with { ExpertId = "E-1" }, // Feb 20 – Mar 10, completed and rated 5 on Mar 10: 10 days in March
        Assignments[1] with { ExpertId = "E-2" }, // Mar 25 – Apr 5, approved 4 days after shortlisting: 7 days in March
        Assignments[2] with { ExpertId = "E-3", NeedId = "N-1" }, // declined on Mar 6
        Done("A-4", "E-4", new(2027, 3, 1), new(2027, 3, 5), 5),
        Done("A-5", "E-5", new(2027, 3, 10), new(2027, 3, 14), 3),
        Done("A-6", "E-6", new(2027, 3, 20), new(2027, 3, 24), 4),
        Assignments[3] with { ExpertId = "E-7" }, // approved 6 days after shortlisting, cancelled Mar 11
        // Approved 10 days after shortlisting (accepted in February), starts Mar 30 and runs into April: 2 days in March.
        Mission("A-8", "N-1", new(2027, 3, 30), new(2027, 4, 20), AssignmentState.InProgress,
            ("02-20", AssignmentState.Shortlisted), ("02-22", AssignmentState.Proposed), ("02-25", AssignmentState.Accepted), ("02-26", AssignmentState.Confirmed),
            ("03-02", AssignmentState.Approved), ("03-30", AssignmentState.InProgress)) with { ExpertId = "E-8" },
        Done("A-9", "E-1", new(2027, 5, 3), new(2027, 5, 7), 5, "04"),
        Mission("A-10", "N-1", new(2027, 6, 1), new(2027, 6, 5), AssignmentState.Shortlisted, ("03-15", AssignmentState.Shortlisted)) with { ExpertId = "E-10" },
        Done("A-11", "E-11", new(2027, 3, 15), new(2027, 3, 16), 2),
    ];

    [Fact]
    public void Compute_ByCountryOfResidence_KnownRowsSmallCountriesPooledNoNeeds()
    {
        var rows = ProgrammeIndicators.Compute(Needs, PeopleMissions, People, [], March1, March31, IndicatorBreakdown.CountryOfResidence);

        Assert.Equal(
            [
                new IndicatorRow("FR", null, 0, 3, 3, 0, 15, null, null, null, 4),
                new IndicatorRow("NL", null, 1, 1, 1, 0, 17, 4, 4, 0.5, 5),
                // BE (1 mission), DE (1) and CA (1): three missions together, so no larger group has to join them.
                new IndicatorRow(ProgrammeIndicators.SmallGroups, null, 2, 2, 1, 1, 4, 6, 10, 1, 2),
            ],
            rows);
    }

    [Fact]
    public void Compute_ByGender_NotDeclaredItsOwnRowAndSmallGroupsPooled()
    {
        var rows = ProgrammeIndicators.Compute(Needs, PeopleMissions, People, [], March1, March31, IndicatorBreakdown.Gender);

        Assert.Equal(
            [
                new IndicatorRow("female", null, 1, 2, 2, 0, 19, 4, 4, 1, 3.5),
                new IndicatorRow(ProgrammeIndicators.NotDeclared, null, 1, 3, 2, 0, 12, 10, 10, null, 4),
                // male (E-3's decline, E-6's mission) and other (E-7): three missions pooled.
                new IndicatorRow(ProgrammeIndicators.SmallGroups, null, 1, 1, 1, 1, 5, 6, 6, 0.5, 4),
            ],
            rows);
    }

    [Theory]
    [InlineData(IndicatorBreakdown.CountryOfResidence)]
    [InlineData(IndicatorBreakdown.Gender)]
    public void Compute_ByThePeople_RowsAddUpToTheTotal(IndicatorBreakdown by)
    {
        var total = Assert.Single(ProgrammeIndicators.Compute(Needs, PeopleMissions, People, [], March1, March31, IndicatorBreakdown.Total));
        var rows = ProgrammeIndicators.Compute(Needs, PeopleMissions, People, [], March1, March31, by);

        Assert.Equal(
            (total.PositionsFilled, total.MissionsStarted, total.MissionsCompleted, total.MissionsCancelled, total.PersonDays),
            (rows.Sum(r => r.PositionsFilled), rows.Sum(r => r.MissionsStarted), rows.Sum(r => r.MissionsCompleted), rows.Sum(r => r.MissionsCancelled), rows.Sum(r => r.PersonDays)));
        Assert.Equal((3, 6, 5, 1, 36, 0.667, 3.8), (total.PositionsFilled, total.MissionsStarted, total.MissionsCompleted, total.MissionsCancelled, total.PersonDays, total.AcceptanceRate!.Value, total.MeanRating!.Value));
    }

    /// <summary>Only "other" is small: alone in the pool it could be read off as the total minus the rows shown, so the smallest other group joins it.</summary>
    [Fact]
    public void Compute_OneSmallGroup_TheSmallestOtherGroupJoinsThePool()
    {
        ExpertProfile[] people = [.. Enumerable.Range(1, 8).Select(i => Person($"E-{i}", "NL", i <= 3 ? "female" : i <= 7 ? "male" : "other"))];
        Assignment[] missions = [.. people.Select((p, i) => Done($"A-{i}", p.Id, new(2027, 3, 1 + i), new(2027, 3, 1 + i), 4))];

        var rows = ProgrammeIndicators.Compute(Needs, missions, people, [], March1, March31, IndicatorBreakdown.Gender);

        Assert.Equal([("male", 4), (ProgrammeIndicators.SmallGroups, 4)], rows.Select(r => (r.Key, r.MissionsCompleted)));
    }

    [Fact]
    public void Compute_EveryGroupSmall_OnePooledRow()
    {
        var rows = ProgrammeIndicators.Compute(Needs, PeopleMissions[..2], People, [], March1, March31, IndicatorBreakdown.CountryOfResidence);

        Assert.Equal([(ProgrammeIndicators.SmallGroups, 17)], rows.Select(r => (r.Key, r.PersonDays)));
    }

    [Fact]
    public void Compute_ExpertWithoutProfile_UnknownGroup()
    {
        Assignment[] missions = [.. Enumerable.Range(1, 3).Select(i => Done($"A-{i}", $"E-GONE-{i}", new(2027, 3, i), new(2027, 3, i), 4))];

        Assert.Equal(ProgrammeIndicators.Unknown, Assert.Single(ProgrammeIndicators.Compute(Needs, missions, [], [], March1, March31, IndicatorBreakdown.Gender)).Key);
        Assert.Equal(ProgrammeIndicators.Unknown, Assert.Single(ProgrammeIndicators.Compute(Needs, missions, [], [], March1, March31, IndicatorBreakdown.CountryOfResidence)).Key);
    }

    /// <summary>What erasure keeps: every mission turned into its anonymous fact, and no expert left, reads the same by every breakdown.</summary>
    [Theory]
    [MemberData(nameof(Breakdowns))]
    public void Compute_FactsInsteadOfAssignments_SameRows(IndicatorBreakdown by)
    {
        var live = ProgrammeIndicators.Compute(Needs, PeopleMissions, People, [], March1, March31, by);
        var facts = PeopleMissions.Select((a, i) => ProgrammeIndicators.FactOf(a, Needs.Single(n => n.Id == a.NeedId), People.SingleOrDefault(p => p.Id == a.ExpertId), $"fact-{i}")).ToList();

        Assert.Equal(live, ProgrammeIndicators.Compute(Needs, [], [], facts, March1, March31, by));
    }

    public static TheoryData<IndicatorBreakdown> Breakdowns() => new(Enum.GetValues<IndicatorBreakdown>());

    [Fact]
    public void Compute_PeriodEndingBeforeItStarts_Refused() =>
        Assert.Throws<ArgumentException>(() => ProgrammeIndicators.Compute(Needs, Assignments, March31, March1, IndicatorBreakdown.Total));

    private static ExpertProfile Person(string id, string country, string? gender) => new() { Id = id, CountryOfResidence = country, Gender = gender };

    /// <summary>A mission of N-1 walked to approval in <paramref name="month"/> (February by default), then run and completed from <paramref name="from"/> to <paramref name="to"/> and rated.</summary>
    private static Assignment Done(string id, string expertId, DateOnly from, DateOnly to, int rating, string month = "02")
    {
        var end = new DateTimeOffset(to.ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero);
        return Mission(id, "N-1", from, to, AssignmentState.Completed,
            ($"{month}-01", AssignmentState.Shortlisted), ($"{month}-02", AssignmentState.Proposed), ($"{month}-03", AssignmentState.Accepted), ($"{month}-04", AssignmentState.Confirmed),
            ($"{month}-05", AssignmentState.Approved), ($"{from:MM-dd}", AssignmentState.InProgress), ($"{to:MM-dd}", AssignmentState.Completed)) with
        {
            ExpertId = expertId,
            Ratings = [new AssignmentRating("staff", "S-1", rating, end)],
        };
    }

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
