using DiasporaMatch.Assignments;
using DiasporaMatch.Hosting;
using DiasporaMatch.Matching;
using DiasporaMatch.Records;
using DiasporaMatch.TestSupport;
using static DiasporaMatch.TestSupport.AssignmentSeed;

namespace DiasporaMatch.Allocation;

/// <summary>
/// Plans kept and applied on a real workspace (file store, Lucene index, the assignment workflow): each accepted
/// row becomes one shortlisted assignment, all or none; a plan applies once; a need or booking changed since
/// planning refuses it; and applying beside manual approvals never books an expert twice.
/// </summary>
public sealed class AllocationPlansTests : IAsyncLifetime
{
    private const int Experts = 8;
    private readonly TestWorkspace _test = new();
    private MatchService _matches = null!;

    private Workspace Workspace => _test.Workspace;

    private AllocationPlans Plans => new(Workspace.Store, Workspace.Assignments, Workspace.Audit, Workspace.Time);

    public async Task InitializeAsync()
    {
        await Workspace.Records.UpsertAsync(RecordKind.Organisations, Json.Parse(SampleRecords.Organisation));
        for (var n = 1; n <= Experts; n++)
        {
            var profile = SampleRecords.Profile
                .Replace("E-0001", ExpertId(n), StringComparison.Ordinal)
                .Replace("""{"from": "2027-03-01", "to": "2027-04-15"}""", """{"from": "2027-01-01", "to": "2027-12-31"}""", StringComparison.Ordinal);
            Assert.True((await Workspace.Records.UpsertAsync(RecordKind.Profiles, Json.Parse(profile))).Succeeded);
        }

        _matches = await Workspace.OpenMatchServiceAsync();
    }

    public async Task DisposeAsync()
    {
        _matches.Dispose();
        await _test.DisposeAsync();
    }

    [Fact]
    public async Task ApplyAsync_FreshPlan_OneShortlistedAssignmentPerRowAndASecondApplyIsRefused()
    {
        await NeedAsync("N-A1", month: 3);
        await NeedAsync("N-A2", month: 3);
        var plan = await PlanAsync("N-A1", "N-A2");
        Assert.Equal(4, plan.Rows.Count); // two overlapping needs of two positions: four different experts

        var applied = await Plans.ApplyAsync(plan.Id, [], Staff);
        var again = await Plans.ApplyAsync(plan.Id, [], Staff);

        Assert.Equal(PlanApplyOutcome.Applied, applied.Outcome);
        var opened = await Task.WhenAll(applied.Plan!.Assignments.Select(async id => (await Workspace.Assignments.GetAsync(id)).Assignment!));
        Assert.Equal(plan.Rows.Select(r => (r.NeedId, r.ExpertId)).Order(), opened.Select(a => (a.NeedId, a.ExpertId)).Order());
        Assert.All(opened, a => Assert.Equal(AssignmentState.Shortlisted, a.State));
        Assert.All(opened, a => Assert.Equal((new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 28)), (a.From, a.To)));
        Assert.Equal(PlanApplyOutcome.AlreadyApplied, again.Outcome);
        Assert.Contains($"plan {plan.Id} was applied", again.Reason, StringComparison.Ordinal);
        Assert.Equal(4, await CountAssignmentsAsync());
    }

    [Fact]
    public async Task ApplyAsync_ExcludedRow_IsLeftOutAndAnExcludeOutsideThePlanIsRefused()
    {
        await NeedAsync("N-B1", month: 4);
        var plan = await PlanAsync("N-B1");
        var left = new AllocationPair(plan.Rows[0].NeedId, plan.Rows[0].ExpertId);

        var stranger = await Plans.ApplyAsync(plan.Id, [new AllocationPair("N-B1", "E-NOPE")], Staff);
        var applied = await Plans.ApplyAsync(plan.Id, [left], Staff);

        Assert.Equal(PlanApplyOutcome.Invalid, stranger.Outcome);
        Assert.Equal($"exclude N-B1/E-NOPE: not a row of plan {plan.Id}", stranger.Reason);
        Assert.Equal(PlanApplyOutcome.Applied, applied.Outcome);
        var opened = await Task.WhenAll(applied.Plan!.Assignments.Select(async id => (await Workspace.Assignments.GetAsync(id)).Assignment!));
        Assert.Equal(plan.Rows.Count - 1, opened.Length);
        Assert.DoesNotContain(opened, a => a.ExpertId == left.ExpertId);
    }

    [Fact]
    public async Task ApplyAsync_ExpertBookedSincePlanning_RefusedNamingWhatChangedAndNothingOpened()
    {
        await NeedAsync("N-C1", month: 5);
        await NeedAsync("N-C2", month: 5);
        var plan = await PlanAsync("N-C1", "N-C2");
        var booked = plan.Rows.First(r => r.NeedId == "N-C2");
        await WalkAsync(Workspace, booked.ExpertId, AssignmentState.Approved, "2027-05-01", "2027-05-20", "N-C1");

        var result = await Plans.ApplyAsync(plan.Id, [], Staff);

        Assert.Equal(PlanApplyOutcome.Changed, result.Outcome);
        Assert.Contains($"expert {booked.ExpertId}'s bookings changed (an assignment was approved or cancelled)", result.Changes);
        Assert.Contains("need N-C1's filled positions changed (an assignment was approved or cancelled)", result.Changes);
        Assert.Equal(1, await CountAssignmentsAsync()); // the manual one only
        Assert.Equal(StoredPlan.Planned, (await Plans.GetAsync(plan.Id))!.State);
    }

    [Fact]
    public async Task ApplyAsync_UnknownPlan_NotFound()
    {
        var result = await Plans.ApplyAsync("AP-NOPE", [], Staff);

        Assert.Equal(PlanApplyOutcome.NotFound, result.Outcome);
        Assert.Equal("allocation-plans/AP-NOPE does not exist", result.Reason);
    }

    /// <summary>
    /// Rounds of: manual assignments confirmed for experts the plan will use, then the plan applied twice at once
    /// while staff approve those manual assignments. Whatever the interleaving: one apply at most succeeds, an apply
    /// opens all its rows or leaves none open, no expert holds two approved assignments on overlapping dates and no
    /// need more approved than its positions — also after every applied row is walked to approval.
    /// </summary>
    [Fact]
    public async Task ApplyAsync_ConcurrentWithManualApprovals_NeverDoubleBooks()
    {
        for (var month = 1; month <= 6; month++)
        {
            var (first, second) = ($"N-R{month}-1", $"N-R{month}-2");
            await NeedAsync(first, month);
            await NeedAsync(second, month);
            var from = $"2027-{month:D2}-01";
            var to = $"2027-{month:D2}-10";
            var manual = new List<string>();
            foreach (var expert in new[] { 1, 2, 3 }.Select(ExpertId))
            {
                manual.Add(await WalkAsync(Workspace, expert, AssignmentState.Confirmed, from, to, first));
            }

            var plan = await PlanAsync(first, second);
            Assert.NotEmpty(plan.Rows);

            var applies = Enumerable.Range(0, 2).Select(_ => Task.Run(() => Plans.ApplyAsync(plan.Id, [], Staff))).ToList();
            var approvals = manual.Select(id => Task.Run(() => Workspace.Assignments.TransitionAsync(id, AssignmentState.Approved, null, Staff))).ToList();
            var results = await Task.WhenAll(applies).WaitAsync(TimeSpan.FromSeconds(60));
            await Task.WhenAll(approvals).WaitAsync(TimeSpan.FromSeconds(60));

            Assert.True(results.Count(r => r.Succeeded) <= 1);
            Assert.All(results, r => Assert.Contains(r.Outcome, new[] { PlanApplyOutcome.Applied, PlanApplyOutcome.AlreadyApplied, PlanApplyOutcome.Changed }));
            var live = await LiveAssignmentsAsync(a => a.NeedId == first || a.NeedId == second, AssignmentState.Shortlisted);
            Assert.Equal(results.Any(r => r.Succeeded) ? plan.Rows.Count : 0, live.Count);
            await AssertNoDoubleBookingAsync();

            foreach (var row in live)
            {
                await TryApproveAsync(row.Id, row.ExpertId);
            }

            await AssertNoDoubleBookingAsync();
        }
    }

    private async Task NeedAsync(string id, int month)
    {
        var need = SampleRecords.Need
            .Replace("\"N-0001\"", $"\"{id}\"", StringComparison.Ordinal)
            .Replace("\"positions\": 1", "\"positions\": 2", StringComparison.Ordinal)
            .Replace("\"durationDays\": 30", "\"durationDays\": 10", StringComparison.Ordinal)
            .Replace("""{"from": "2027-03-01", "to": "2027-06-30"}""", $$"""{"from": "2027-{{month:D2}}-01", "to": "2027-{{month:D2}}-28"}""", StringComparison.Ordinal);
        var outcome = await Workspace.Records.UpsertAsync(RecordKind.Needs, Json.Parse(need));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
    }

    private async Task<StoredPlan> PlanAsync(params string[] needs)
    {
        var request = new AllocationRequest { NeedIds = needs, Top = Experts };
        var report = await new AllocationService(Workspace.Store, _matches).PlanAsync(request);
        return await Plans.SaveAsync(report, request, Staff);
    }

    private async Task<int> CountAssignmentsAsync() => (await Workspace.Store.ListAsync(AssignmentService.Kind, null, 1000)).Ids.Count;

    private async Task<List<Assignment>> LiveAssignmentsAsync(Func<Assignment, bool> which, params AssignmentState[] states)
    {
        var all = new List<Assignment>();
        foreach (var id in (await Workspace.Store.ListAsync(AssignmentService.Kind, null, 1000)).Ids)
        {
            var assignment = (await Workspace.Assignments.GetAsync(id)).Assignment!;
            if (which(assignment) && states.Contains(assignment.State))
            {
                all.Add(assignment);
            }
        }

        return all;
    }

    private async Task TryApproveAsync(string id, string expertId)
    {
        foreach (var (to, by) in new[] { (AssignmentState.Proposed, Staff), (AssignmentState.Accepted, Expert(expertId)), (AssignmentState.Confirmed, Institution), (AssignmentState.Approved, Staff) })
        {
            var moved = await Workspace.Assignments.TransitionAsync(id, to, null, by);
            if (!moved.Succeeded)
            {
                Assert.Equal(AssignmentOutcome.BookingConflict, moved.Outcome);
                return;
            }
        }
    }

    private async Task AssertNoDoubleBookingAsync()
    {
        var booked = await LiveAssignmentsAsync(_ => true, AssignmentState.Approved);
        foreach (var expert in booked.GroupBy(a => a.ExpertId))
        {
            var held = expert.ToList();
            Assert.DoesNotContain(held, a => held.Any(b => a.Id != b.Id && a.From <= b.To && b.From <= a.To));
        }

        Assert.All(booked.GroupBy(a => a.NeedId), need => Assert.InRange(need.Count(), 1, 2));
    }
}
