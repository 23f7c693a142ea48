using DiasporaMatch.Assignments;
using DiasporaMatch.Decisions;
using DiasporaMatch.Records;
using DiasporaMatch.TestSupport;
using static DiasporaMatch.TestSupport.AssignmentSeed;

namespace DiasporaMatch.Assignments;

public sealed class AssignmentServiceTests : IAsyncLifetime
{
    private readonly TestWorkspace _test = new();

    private AssignmentService Service => _test.Workspace.Assignments;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _test.DisposeAsync();

    [Fact]
    public async Task Create_ByNonStaff_IsForbidden()
    {
        await SeedAsync(_test.Workspace, experts: 1);
        var result = await Service.CreateAsync(new AssignmentRequest("N-0001", "E-0001", new(2027, 3, 1), new(2027, 3, 30)), Institution);
        Assert.Equal(AssignmentOutcome.Forbidden, result.Outcome);
    }

    [Theory]
    [InlineData("2027-02-20", "2027-03-10")]
    [InlineData("2027-06-20", "2027-07-10")]
    [InlineData("2027-04-10", "2027-04-01")]
    public async Task Create_DatesOutsideWindowOrReversed_IsInvalid(string from, string to)
    {
        await SeedAsync(_test.Workspace, experts: 1);
        var result = await Service.CreateAsync(new AssignmentRequest("N-0001", "E-0001", DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), Staff);
        Assert.Equal(AssignmentOutcome.Invalid, result.Outcome);
    }

    [Fact]
    public async Task Create_UnknownExpert_IsInvalid()
    {
        await SeedAsync(_test.Workspace, experts: 1);
        var result = await Service.CreateAsync(new AssignmentRequest("N-0001", "E-9999", new(2027, 3, 1), new(2027, 3, 30)), Staff);
        Assert.Equal(AssignmentOutcome.Invalid, result.Outcome);
        Assert.Contains("profiles/E-9999", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transition_FullJourney_KeepsHistoryRatingDecisionsAndAudit()
    {
        await SeedAsync(_test.Workspace, experts: 1);
        var logged = new List<Decision>();
        Service.DecisionRecorded += (d, _) =>
        {
            logged.Add(d);
            return Task.CompletedTask;
        };

        var id = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Completed);

        var assignment = (await Service.GetAsync(id)).Assignment!;
        Assert.Equal(AssignmentState.Completed, assignment.State);
        Assert.Equal(7, assignment.History.Count);
        Assert.Equal(5, Assert.Single(assignment.Ratings).Value);
        Assert.Equal(["shortlisted", "proposed", "accepted", "approved", "completed"], logged.Select(d => d.Value));
        Assert.Equal(5, logged[^1].Rating);
        Assert.Equal(5, (await _test.Workspace.Store.ListAsync(RecordKind.Decisions, null, 100)).Ids.Count);

        var audit = await _test.Workspace.Audit.ForSubjectAsync(id);
        Assert.Equal(
            ["assignments.shortlisted", "assignments.proposed", "assignments.accepted", "assignments.confirmed", "assignments.approved", "assignments.in-progress", "assignments.completed"],
            audit.Select(e => e.Action));
        Assert.Equal("state confirmed", audit[4].Before);
        Assert.Equal("state approved", audit[4].After);
        Assert.Equal(("institution", "U-1"), (audit[3].Role, audit[3].By));
    }

    [Fact]
    public async Task Transition_IllegalJump_IsRefusedAndChangesNothing()
    {
        await SeedAsync(_test.Workspace, experts: 1);
        var id = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);
        var before = await Service.GetAsync(id);

        var result = await Service.TransitionAsync(id, AssignmentState.Approved, null, Staff);

        Assert.Equal(AssignmentOutcome.IllegalTransition, result.Outcome);
        Assert.Contains("from proposed to approved", result.Reason, StringComparison.Ordinal);
        Assert.Equal(before.Version, (await Service.GetAsync(id)).Version);
        Assert.Empty(await Service.BookingsAsync(ofExpert: true, "E-0001"));
    }

    [Fact]
    public async Task Transition_OtherExpertOrOrganisation_IsForbidden()
    {
        await SeedAsync(_test.Workspace, experts: 2);
        var id = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);

        Assert.Equal(AssignmentOutcome.Forbidden, (await Service.TransitionAsync(id, AssignmentState.Accepted, null, Expert("E-0002"))).Outcome);
        Assert.Equal(AssignmentOutcome.Forbidden, (await Service.TransitionAsync(id, AssignmentState.Cancelled, "no", new(Access.Role.Institution, "U-9", "ORG-OTHER"))).Outcome);
        Assert.Equal(AssignmentOutcome.Forbidden, (await Service.TransitionAsync(id, AssignmentState.Accepted, null, Staff)).Outcome);
    }

    [Fact]
    public async Task Transition_Repeated_IsAnsweredOnceWritten()
    {
        await SeedAsync(_test.Workspace, experts: 1);
        var id = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);

        var first = await Service.TransitionAsync(id, AssignmentState.Accepted, null, Expert("E-0001"));
        var again = await Service.TransitionAsync(id, AssignmentState.Accepted, null, Expert("E-0001"));

        Assert.True(again.Succeeded);
        Assert.Equal(first.Version, again.Version);
        Assert.Equal(3, again.Assignment!.History.Count);
    }

    [Theory]
    [InlineData(AssignmentState.Cancelled, null, null)]
    [InlineData(AssignmentState.Cancelled, " ", null)]
    [InlineData(AssignmentState.Proposed, null, 4)]
    public async Task Transition_MissingReasonOrStrayRating_IsInvalid(AssignmentState to, string? reason, int? rating)
    {
        await SeedAsync(_test.Workspace, experts: 1);
        var id = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Shortlisted);
        Assert.Equal(AssignmentOutcome.Invalid, (await Service.TransitionAsync(id, to, reason, Staff, rating)).Outcome);
    }

    [Fact]
    public async Task Transition_CompleteWithoutRating_IsInvalid()
    {
        await SeedAsync(_test.Workspace, experts: 1);
        var id = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.InProgress);
        Assert.Equal(AssignmentOutcome.Invalid, (await Service.TransitionAsync(id, AssignmentState.Completed, null, Staff)).Outcome);
    }

    [Fact]
    public async Task Approve_OverlappingDatesOfOneExpert_SecondIsRefusedWithReason()
    {
        await SeedAsync(_test.Workspace, experts: 1, positions: 3);
        var first = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Approved, "2027-03-01", "2027-03-30");
        var second = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Confirmed, "2027-03-30", "2027-04-15");

        var result = await Service.TransitionAsync(second, AssignmentState.Approved, null, Staff);

        Assert.Equal(AssignmentOutcome.BookingConflict, result.Outcome);
        Assert.Contains($"already booked from 2027-03-01 to 2027-03-30 (assignment {first})", result.Reason, StringComparison.Ordinal);
        Assert.Equal(AssignmentState.Confirmed, (await Service.GetAsync(second)).Assignment!.State);
        Assert.Equal([first], (await Service.BookingsAsync(ofExpert: false, "N-0001")).Select(e => e.AssignmentId));
    }

    [Fact]
    public async Task Approve_AdjacentDatesOfOneExpert_BothSucceed()
    {
        await SeedAsync(_test.Workspace, experts: 1, positions: 2);
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Approved, "2027-03-01", "2027-03-30");
        await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Approved, "2027-03-31", "2027-04-15");
        Assert.Equal(2, (await Service.BookingsAsync(ofExpert: true, "E-0001")).Count);
    }

    [Fact]
    public async Task Cancel_AfterApproval_FreesDatesAndPosition()
    {
        await SeedAsync(_test.Workspace, experts: 1);
        var first = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Approved);
        var second = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Confirmed);
        Assert.Equal(AssignmentOutcome.BookingConflict, (await Service.TransitionAsync(second, AssignmentState.Approved, null, Staff)).Outcome);

        Assert.True((await Service.TransitionAsync(first, AssignmentState.Cancelled, "hospital wing closed for works", Institution)).Succeeded);

        Assert.True((await Service.TransitionAsync(second, AssignmentState.Approved, null, Staff)).Succeeded);
    }

    [Fact]
    public async Task Approve_ConcurrentOverlappingOfOneExpert_ExactlyOneWins()
    {
        // Several rounds, each a fresh expert with two overlapping assignments approved at the same moment.
        const int rounds = 6;
        await SeedAsync(_test.Workspace, experts: rounds, positions: 2 * rounds);
        for (var round = 1; round <= rounds; round++)
        {
            var a = await WalkAsync(_test.Workspace, ExpertId(round), AssignmentState.Confirmed, "2027-03-01", "2027-03-30");
            var b = await WalkAsync(_test.Workspace, ExpertId(round), AssignmentState.Confirmed, "2027-03-15", "2027-04-15");

            var results = await Task.WhenAll(
                Task.Run(() => Service.TransitionAsync(a, AssignmentState.Approved, null, Staff)),
                Task.Run(() => Service.TransitionAsync(b, AssignmentState.Approved, null, Staff)));

            Assert.Equal(1, results.Count(r => r.Succeeded));
            Assert.Equal(AssignmentOutcome.BookingConflict, Assert.Single(results, r => !r.Succeeded).Outcome);
            var booked = Assert.Single(await Service.BookingsAsync(ofExpert: true, ExpertId(round)));
            Assert.Equal(results.Single(r => r.Succeeded).Assignment!.Id, booked.AssignmentId);
        }

        // The refused approvals gave their positions back.
        Assert.Equal(rounds, (await Service.BookingsAsync(ofExpert: false, "N-0001")).Count);
    }

    [Fact]
    public async Task Approve_TenConcurrentOnTwoPositions_ExactlyTwoApproved()
    {
        await SeedAsync(_test.Workspace, experts: 10, positions: 2);
        var ids = new List<string>();
        for (var n = 1; n <= 10; n++)
        {
            ids.Add(await WalkAsync(_test.Workspace, ExpertId(n), AssignmentState.Confirmed));
        }

        var results = await Task.WhenAll(ids.Select(id => Task.Run(() => Service.TransitionAsync(id, AssignmentState.Approved, null, Staff))));

        Assert.Equal(2, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Contains("has all its 2 position(s) filled", r.Reason, StringComparison.Ordinal));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(2, r.PositionsFilled));
        var states = await Task.WhenAll(ids.Select(async id => (await Service.GetAsync(id)).Assignment!.State));
        Assert.Equal(2, states.Count(s => s == AssignmentState.Approved));
        Assert.Equal(
            results.Where(r => r.Succeeded).Select(r => r.Assignment!.Id).Order(StringComparer.Ordinal),
            (await Service.BookingsAsync(ofExpert: false, "N-0001")).Select(e => e.AssignmentId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AddNote_32WritersTimes250_LosesNothing()
    {
        const int writers = 32;
        const int notesEach = 250;
        await SeedAsync(_test.Workspace, experts: 1);
        var id = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed);

        // Two service instances stand for two hosts over one store: within a host writers queue, across hosts
        // they race and only the ETag-conditional write with retry keeps every update.
        var workspace = _test.Workspace;
        var hosts = Enumerable.Range(0, 2).Select(_ => new AssignmentService(workspace.Store, workspace.Records, workspace.Audit, workspace.Time)).ToArray();
        var results = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var failed = 0;
            for (var n = 0; n < notesEach; n++)
            {
                failed += (await hosts[w % hosts.Length].AddNoteAsync(id, $"writer {w} note {n}", Staff)).Succeeded ? 0 : 1;
            }

            return failed;
        })));

        Assert.Equal(0, results.Sum());
        var assignment = (await Service.GetAsync(id)).Assignment!;
        Assert.Equal(writers * notesEach, assignment.NoteCount);
        Assert.Equal(AssignmentService.KeptNotes, assignment.Notes.Count);
        Assert.Equal(AssignmentState.Proposed, assignment.State);
    }

    [Fact]
    public async Task BookedLastAsync_ApprovedOnOverlappingDates_ListedLastAndCancelledFreesThem()
    {
        await SeedAsync(_test.Workspace, experts: 2);
        var id = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Approved, from: "2027-03-01", to: "2027-03-30");
        Ranking.MatchResult[] ranked = [new(1, "E-0001", 2, [], []), new(2, "E-0002", 1, [], [])];

        var overlapping = await Service.BookedLastAsync(ranked, new Profiles.DateRange(new(2027, 3, 20), new(2027, 5, 1)));
        var after = await Service.BookedLastAsync(ranked, new Profiles.DateRange(new(2027, 3, 31), new(2027, 5, 1)));
        Assert.True((await Service.TransitionAsync(id, AssignmentState.Cancelled, "the mission moved", Staff)).Succeeded);
        var cancelled = await Service.BookedLastAsync(ranked, new Profiles.DateRange(new(2027, 3, 20), new(2027, 5, 1)));

        Assert.Equal(["E-0002", "E-0001"], overlapping.Select(r => r.ExpertId));
        Assert.Equal("availability.booked", overlapping[1].Explanation[0].Code);
        Assert.Equal(["E-0001", "E-0002"], after.Select(r => r.ExpertId));
        Assert.Equal(["E-0001", "E-0002"], cancelled.Select(r => r.ExpertId));
    }

    [Fact]
    public async Task Reschedule_Approved_MovesTheBookingKeepsTheChangeAndAudits()
    {
        await SeedAsync(_test.Workspace, experts: 1);
        var id = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Approved, "2027-03-01", "2027-03-30");

        var result = await Service.RescheduleAsync(id, D("2027-04-05"), D("2027-04-25"), "the ward opens later", Staff);

        Assert.True(result.Succeeded, result.Reason);
        var stored = (await Service.GetAsync(id)).Assignment!;
        Assert.Equal((D("2027-04-05"), D("2027-04-25")), (stored.From, stored.To));
        Assert.Equal(AssignmentState.Approved, stored.State);
        var change = Assert.Single(stored.Reschedules);
        Assert.Equal((D("2027-03-01"), D("2027-03-30"), "STAFF-1", "the ward opens later"), (change.PreviousFrom, change.PreviousTo, change.By, change.Reason));
        Assert.Equal([new BookingEntry(id, D("2027-04-05"), D("2027-04-25"))], await Service.BookingsAsync(ofExpert: true, "E-0001"));
        Assert.Equal([new BookingEntry(id, D("2027-04-05"), D("2027-04-25"))], await Service.BookingsAsync(ofExpert: false, "N-0001"));
        var audited = Assert.Single(await _test.Workspace.Audit.ForSubjectAsync(id), e => e.Action == "assignments.rescheduled");
        Assert.Equal(("dates 2027-03-01 to 2027-03-30", "dates 2027-04-05 to 2027-04-25"), (audited.Before, audited.After));
    }

    [Fact]
    public async Task Reschedule_Approved_FreesTheOldDatesForAnotherMission()
    {
        await SeedAsync(_test.Workspace, experts: 1, positions: 2);
        var first = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Approved, "2027-03-01", "2027-03-30");
        var second = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Confirmed, "2027-03-10", "2027-03-20");
        Assert.Equal(AssignmentOutcome.BookingConflict, (await Service.TransitionAsync(second, AssignmentState.Approved, null, Staff)).Outcome);

        Assert.True((await Service.RescheduleAsync(first, D("2027-04-01"), D("2027-04-30"), null, Staff)).Succeeded);

        Assert.True((await Service.TransitionAsync(second, AssignmentState.Approved, null, Staff)).Succeeded);
    }

    [Fact]
    public async Task Reschedule_OntoAnotherBooking_IsRefusedAndChangesNothing()
    {
        await SeedAsync(_test.Workspace, experts: 1, positions: 2);
        var first = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Approved, "2027-03-01", "2027-03-30");
        var second = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Approved, "2027-04-01", "2027-04-30");
        var before = await Service.GetAsync(second);

        var result = await Service.RescheduleAsync(second, D("2027-03-25"), D("2027-04-20"), null, Staff);

        Assert.Equal(AssignmentOutcome.BookingConflict, result.Outcome);
        Assert.Contains($"already booked from 2027-03-01 to 2027-03-30 (assignment {first})", result.Reason, StringComparison.Ordinal);
        Assert.Equal(new BookingEntry(first, D("2027-03-01"), D("2027-03-30")), result.Clash);
        Assert.Equal(before.Version, (await Service.GetAsync(second)).Version);
        Assert.Equal(
            [new BookingEntry(first, D("2027-03-01"), D("2027-03-30")), new BookingEntry(second, D("2027-04-01"), D("2027-04-30"))],
            (await Service.BookingsAsync(ofExpert: true, "E-0001")).OrderBy(e => e.From));
    }

    [Theory]
    [InlineData(AssignmentState.Proposed, "2027-02-20", "2027-03-10", "staff", AssignmentOutcome.Invalid)]
    [InlineData(AssignmentState.Proposed, "2027-06-20", "2027-07-10", "staff", AssignmentOutcome.Invalid)]
    [InlineData(AssignmentState.Proposed, "2027-04-10", "2027-04-01", "staff", AssignmentOutcome.Invalid)]
    [InlineData(AssignmentState.Completed, "2027-04-01", "2027-04-10", "staff", AssignmentOutcome.IllegalTransition)]
    [InlineData(AssignmentState.Proposed, "2027-04-01", "2027-04-10", "institution", AssignmentOutcome.Forbidden)]
    [InlineData(AssignmentState.Proposed, "2027-04-01", "2027-04-10", "expert", AssignmentOutcome.Forbidden)]
    public async Task Reschedule_Refused_ChangesNothing(AssignmentState state, string from, string to, string by, AssignmentOutcome expected)
    {
        await SeedAsync(_test.Workspace, experts: 1);
        var id = await WalkAsync(_test.Workspace, "E-0001", state);
        var before = await Service.GetAsync(id);
        var caller = by switch { "staff" => Staff, "institution" => Institution, _ => Expert("E-0001") };

        var result = await Service.RescheduleAsync(id, D(from), D(to), null, caller);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(before.Version, (await Service.GetAsync(id)).Version);
        Assert.DoesNotContain(await _test.Workspace.Audit.ForSubjectAsync(id), e => e.Action == "assignments.rescheduled");
    }

    [Fact]
    public async Task Reschedule_SameDates_WritesNothing()
    {
        await SeedAsync(_test.Workspace, experts: 1);
        var id = await WalkAsync(_test.Workspace, "E-0001", AssignmentState.Proposed, "2027-03-01", "2027-03-30");
        var before = await Service.GetAsync(id);

        var result = await Service.RescheduleAsync(id, D("2027-03-01"), D("2027-03-30"), null, Staff);

        Assert.True(result.Succeeded);
        Assert.Equal(before.Version, result.Version);
        Assert.Empty(result.Assignment!.Reschedules);
    }

    [Fact]
    public async Task Reschedule_RacingCancelOnAnotherHost_LeavesNoBooking()
    {
        // Two service instances stand for two hosts: a reschedule that moved the booking and then lost its write
        // to the cancellation must not leave the expert booked.
        const int rounds = 30;
        await SeedAsync(_test.Workspace, experts: rounds, positions: rounds);
        var workspace = _test.Workspace;
        var hosts = Enumerable.Range(0, 2).Select(_ => new AssignmentService(workspace.Store, workspace.Records, workspace.Audit, workspace.Time)).ToArray();
        for (var round = 1; round <= rounds; round++)
        {
            var id = await WalkAsync(workspace, ExpertId(round), AssignmentState.Approved, "2027-03-01", "2027-03-30");

            await Task.WhenAll(
                Task.Run(() => hosts[0].RescheduleAsync(id, D("2027-04-01"), D("2027-04-15"), null, Staff)),
                Task.Run(() => hosts[1].TransitionAsync(id, AssignmentState.Cancelled, "the need was withdrawn", Staff)));

            // Cancelling is legal from either side of the reschedule, so it always lands; the booking must go with it.
            Assert.Equal(AssignmentState.Cancelled, (await Service.GetAsync(id)).Assignment!.State);
            Assert.Empty(await Service.BookingsAsync(ofExpert: true, ExpertId(round)));
            Assert.DoesNotContain(await Service.BookingsAsync(ofExpert: false, "N-0001"), e => e.AssignmentId == id);
        }
    }

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
