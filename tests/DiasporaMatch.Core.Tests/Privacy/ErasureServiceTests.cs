using System.Text;
using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Assignments;
using DiasporaMatch.Audit;
using DiasporaMatch.Hosting;
using DiasporaMatch.Matching;
using DiasporaMatch.Programme;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Privacy;

/// <summary>
/// After erasure no byte of the data folder (store, change log, index, feature logs, audit ids) names the person,
/// also when the erasure crashed part-way and was finished later; a repeated erasure is answered, not refused.
/// </summary>
public sealed class ErasureServiceTests
{
    private const string Erased = "E-ERASEME";
    private static readonly Caller Staff = new(Role.Staff, "STAFF-1");

    /// <summary>The id, name, email and the unsalted hash prefix the audit used to file the expert's events under.</summary>
    private static readonly string[] Identifiers = [Erased, "Zoubida", "Qerrouchi", "zq.erase@example.org", AuditLog.PrefixOf(Erased).TrimEnd('.')];

    public static TheoryData<ErasureStep, bool> CrashPoints()
    {
        var data = new TheoryData<ErasureStep, bool>();
        foreach (var step in Enum.GetValues<ErasureStep>().Where(s => s != ErasureStep.Finished))
        {
            data.Add(step, false);
            data.Add(step, true);
        }

        return data;
    }

    [Fact]
    public async Task EraseAsync_ExpertWithDecisionsAndLogs_LeavesNoIdentifierAnywhere()
    {
        await using var test = new TestWorkspace();
        var workspace = test.Workspace;
        await SeedAsync(workspace);
        using (var matches = await workspace.OpenMatchServiceAsync())
        {
            await ServeAndDecideAsync(workspace, matches);

            var report = await Service(workspace, matches).EraseAsync(Erased, confirmed: false);

            Assert.Equal(ErasureOutcome.Erased, report.Outcome);
            Assert.Equal(2, report.Decisions); // the posted decision and the assignment's "shortlisted"
            Assert.Equal(1, report.FeatureLogEntries);
            Assert.True(report.ChangeLogEntries >= 2, $"{report.ChangeLogEntries}"); // created, deleted
            await AssertErasedAsync(workspace, matches, report.Tombstone);
        }

        await AssertNoLeakAsync(test);
    }

    [Fact]
    public async Task EraseAsync_TwoPeopleNamedInTheSameEventsAtOnce_BothFinishAndNeitherIsNamed()
    {
        // Events that name two people (a merge, a probable duplicate "of" someone) are rewritten in place by both
        // erasures; the one that loses the race reads the event again instead of failing (a 500 on DELETE).
        const int rounds = 6;
        await using var test = new TestWorkspace();
        var workspace = test.Workspace;
        await SeedAsync(workspace);
        using var matches = await workspace.OpenMatchServiceAsync();
        for (var round = 0; round < rounds; round++)
        {
            var (first, second) = ($"E-PAIR-A{round}", $"E-PAIR-B{round}");
            await Create(workspace, RecordKind.Profiles, Expert(first, "Amal Idrissi", $"a{round}@example.org"));
            await Create(workspace, RecordKind.Profiles, Expert(second, "Badr Idrissi", $"b{round}@example.org"));
            for (var n = 0; n < 15; n++)
            {
                await workspace.Audit.AppendAsync(new Caller(Role.Expert, first), "profiles.duplicate", RecordKind.Needs, "N-1", $"probable duplicate of {second}", $"{first} and {second}, check {n}");
            }

            var reports = await Task.WhenAll(
                Task.Run(() => Service(workspace, matches).EraseAsync(first, confirmed: false)),
                Task.Run(() => Service(workspace, matches).EraseAsync(second, confirmed: false)));

            Assert.All(reports, r => Assert.Equal(ErasureOutcome.Erased, r.Outcome));
            var trail = await workspace.Audit.ForSubjectAsync("N-1");
            Assert.Equal(15 * (round + 1), trail.Count(e => e.Action == "profiles.duplicate"));
            Assert.DoesNotContain(trail, e => $"{e.By} {e.Before} {e.After}".Contains("E-PAIR", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task EraseAsync_KeptAllocationPlans_PlansNamingTheExpertGoOthersStay()
    {
        await using var test = new TestWorkspace();
        var workspace = test.Workspace;
        await SeedAsync(workspace);
        await PlanAsync(workspace, "AP-NAMED", new Allocation.StoredPlan { Id = "AP-NAMED", CreatedAt = DateTimeOffset.UnixEpoch, By = "STAFF-1", Rows = [new("N-1", Erased, 0.9)] });
        await PlanAsync(workspace, "AP-PINNED", new Allocation.StoredPlan { Id = "AP-PINNED", CreatedAt = DateTimeOffset.UnixEpoch, By = "STAFF-1", Excludes = [new("N-1", Erased)] });
        await PlanAsync(workspace, "AP-OTHER", new Allocation.StoredPlan { Id = "AP-OTHER", CreatedAt = DateTimeOffset.UnixEpoch, By = "STAFF-1", Rows = [new("N-1", "E-OTHER", 0.9)] });
        using var matches = await workspace.OpenMatchServiceAsync();

        Assert.Equal(ErasureOutcome.Erased, (await Service(workspace, matches).EraseAsync(Erased, confirmed: false)).Outcome);

        Assert.Equal(["AP-OTHER"], (await workspace.Store.ListAsync(Allocation.AllocationPlans.Kind, null, 10)).Ids);
        await AssertNoLeakAsync(test);
    }

    private static async Task PlanAsync(Hosting.Workspace workspace, string id, Allocation.StoredPlan plan) =>
        await workspace.Store.CreateAsync(Allocation.AllocationPlans.Kind, id, JsonSerializer.SerializeToUtf8Bytes(plan, RecordJson.Options));

    /// <summary>A crash after any step leaves a pending journal entry; start-up (or the retried DELETE) finishes the job.</summary>
    [Theory]
    [MemberData(nameof(CrashPoints))]
    public async Task EraseAsync_CrashAfterStep_IsFinishedOnResume(ErasureStep crashAfter, bool resumeByRetry)
    {
        await using var test = new TestWorkspace();
        var workspace = test.Workspace;
        await SeedAsync(workspace);
        using (var matches = await workspace.OpenMatchServiceAsync())
        {
            await ServeAndDecideAsync(workspace, matches);
            var crashing = new ErasureService(workspace.Store, matches, workspace.Audit, workspace.Assignments, workspace.ErasureKey)
            {
                StepCompleted = (step, _) => step == crashAfter ? throw new SimulatedCrashException(step) : Task.CompletedTask,
            };

            await Assert.ThrowsAsync<SimulatedCrashException>(() => crashing.EraseAsync(Erased, confirmed: false));
            var journal = await workspace.Store.GetAsync(ErasureService.Kind, crashing.TombstoneOf(Erased));
            Assert.Equal(ErasureEntry.Pending, RecordTypes.Read<ErasureEntry>(journal!.Json).State);

            var restarted = Service(workspace, matches);
            if (resumeByRetry)
            {
                Assert.Equal(ErasureOutcome.Erased, (await restarted.EraseAsync(Erased, confirmed: false)).Outcome);
            }
            else
            {
                Assert.Equal(1, await restarted.ResumePendingAsync());
            }

            Assert.Equal(0, await restarted.ResumePendingAsync());
            await AssertErasedAsync(workspace, matches, crashing.TombstoneOf(Erased));
        }

        await AssertNoLeakAsync(test);
    }

    [Fact]
    public async Task EraseAsync_Repeated_AnswersAlreadyErasedAndChangesNothing()
    {
        await using var test = new TestWorkspace();
        var workspace = test.Workspace;
        await SeedAsync(workspace);
        using var matches = await workspace.OpenMatchServiceAsync();
        var service = Service(workspace, matches);
        Assert.Equal(ErasureOutcome.Erased, (await service.EraseAsync(Erased, confirmed: false)).Outcome);
        var audit = (await workspace.Store.ListAsync(AuditLog.Kind, null, 1000)).Ids;

        var again = await service.EraseAsync(Erased, confirmed: false);

        Assert.Equal(ErasureOutcome.AlreadyErased, again.Outcome);
        Assert.Equal(audit, (await workspace.Store.ListAsync(AuditLog.Kind, null, 1000)).Ids);
        Assert.Equal(ErasureOutcome.NotFound, (await service.EraseAsync("E-NEVER", confirmed: false)).Outcome);
    }

    [Fact]
    public async Task EraseAsync_ProfileCreatedAgainUnderAnErasedId_IsErasedAgain()
    {
        await using var test = new TestWorkspace();
        var workspace = test.Workspace;
        await SeedAsync(workspace);
        using var matches = await workspace.OpenMatchServiceAsync();
        var service = Service(workspace, matches);
        await service.EraseAsync(Erased, confirmed: false);
        await Create(workspace, RecordKind.Profiles, Expert(Erased, "Zoubida Qerrouchi", "zq.erase@example.org", "BE", "female"));

        Assert.Equal(ErasureOutcome.Erased, (await service.EraseAsync(Erased, confirmed: false)).Outcome);
        Assert.Null(await workspace.Store.GetAsync(RecordKind.Profiles, Erased));
    }

    [Theory]
    [InlineData(AssignmentState.Approved)]
    [InlineData(AssignmentState.InProgress)]
    public async Task EraseAsync_BookedAssignment_NeedsConfirmationThenCancelsThroughTheWorkflow(AssignmentState state)
    {
        await using var test = new TestWorkspace();
        var workspace = test.Workspace;
        await AssignmentSeed.SeedAsync(workspace, experts: 1);
        var expert = AssignmentSeed.ExpertId(1);
        var booked = await AssignmentSeed.WalkAsync(workspace, expert, state);
        var shortlisted = await AssignmentSeed.WalkAsync(workspace, expert, AssignmentState.Shortlisted, from: "2027-05-01", to: "2027-05-10");
        using var matches = await workspace.OpenMatchServiceAsync();
        var service = Service(workspace, matches);

        var refused = await service.EraseAsync(expert, confirmed: false);

        Assert.Equal(ErasureOutcome.NeedsConfirmation, refused.Outcome);
        Assert.Equal([booked], refused.ToCancel!.Select(a => a.Id)); // the shortlisted one holds nothing: no confirmation needed
        Assert.NotNull(await workspace.Store.GetAsync(RecordKind.Profiles, expert));
        Assert.Equal(state, (await workspace.Assignments.GetAsync(booked)).Assignment!.State);
        Assert.Null(await workspace.Store.GetAsync(ErasureService.Kind, refused.Tombstone));

        Assert.Equal(ErasureOutcome.Erased, (await service.EraseAsync(expert, confirmed: true)).Outcome);

        Assert.Empty(await workspace.Assignments.BookingsAsync(ofExpert: false, "N-0001")); // the need's position is free again
        foreach (var id in new[] { booked, shortlisted })
        {
            var trail = await workspace.Audit.ForSubjectAsync(id);
            Assert.Contains(trail, e => e is { Action: "assignments.cancelled", Role: "staff", By: "erasure" });
        }
    }

    /// <summary>
    /// Last period's report reads the same after its experts are erased: a completed, rated mission and a declined
    /// proposal of the erased expert become anonymous facts that hold no id of anyone (expert, institution member,
    /// staff) and no free text, and the byte scan still finds no trace of the expert.
    /// </summary>
    [Fact]
    public async Task EraseAsync_PastPeriod_IndicatorsUnchangedAndFactsAnonymous()
    {
        await using var test = new TestWorkspace();
        var workspace = test.Workspace;
        await SeedAsync(workspace);
        await Create(workspace, RecordKind.Needs, new { id = "N-2", organisationId = "ORG-1", title = "Teacher training", country = "MA", sector = "education", region = "MA-01", requiredSkills = new[] { "pedagogy" }, onSite = false, window = new { from = "2027-01-10", to = "2027-02-28" } });
        var member = new Caller(Role.Institution, "U-INST-ERASE", "ORG-1");
        var completed = await WalkAsync(workspace, test.Clock, "N-1", Erased, member, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 10),
            AssignmentState.Proposed, AssignmentState.Accepted, AssignmentState.Confirmed, AssignmentState.Approved, AssignmentState.InProgress, AssignmentState.Completed);
        await WalkAsync(workspace, test.Clock, "N-2", Erased, member, new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 10), AssignmentState.Proposed, AssignmentState.Declined);
        await WalkAsync(workspace, test.Clock, "N-2", "E-KEEP", member, new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 10), AssignmentState.Proposed, AssignmentState.Accepted);
        // Open again once the period is over: the erasure cancels it then, outside the period.
        await WalkAsync(workspace, test.Clock, "N-2", Erased, member, new DateOnly(2027, 2, 11), new DateOnly(2027, 2, 20));
        Assert.Equal(5, (await workspace.Assignments.GetAsync(completed)).Assignment!.Ratings.Single().Value);
        test.Clock.Advance(TimeSpan.FromDays(200));
        var report = new ProgrammeReport(workspace.Store, test.Clock);
        var (from, to) = (new DateOnly(2026, 11, 1), new DateOnly(2027, 3, 31));
        var breakdowns = Enum.GetValues<IndicatorBreakdown>();
        var before = new List<IReadOnlyList<IndicatorRow>>();
        foreach (var by in breakdowns)
        {
            before.Add(await report.IndicatorsAsync(from, to, by));
        }

        var total = Assert.Single(before[0]);
        Assert.Equal((2, 1, 1, 1, 10, 0.667, 5.0), (total.NeedsActive, total.PositionsFilled, total.MissionsStarted, total.MissionsCompleted, total.PersonDays, total.AcceptanceRate, total.MeanRating));

        using (var matches = await workspace.OpenMatchServiceAsync())
        {
            Assert.Equal(ErasureOutcome.Erased, (await Service(workspace, matches).EraseAsync(Erased, confirmed: true)).Outcome);
        }

        for (var i = 0; i < breakdowns.Length; i++)
        {
            Assert.Equal(before[i], await report.IndicatorsAsync(from, to, breakdowns[i]));
        }

        var facts = new List<string>();
        await foreach (var document in workspace.Store.ScanAsync(IndicatorFact.Kind))
        {
            facts.Add(Encoding.UTF8.GetString(document.Json.Span));
        }

        Assert.Equal(3, facts.Count);
        // What the breakdowns by the experts' attributes need stays, as codes (the erased expert lives in BE, declared female).
        Assert.All(facts, f => Assert.Contains("\"countryOfResidence\":\"BE\"", f, StringComparison.Ordinal));
        Assert.All(facts, f => Assert.Contains("\"gender\":\"female\"", f, StringComparison.Ordinal));
        foreach (var text in Identifiers.Concat(["U-INST-ERASE", "STAFF-1", "erasure", ErasureService.CancelReason, completed]))
        {
            Assert.DoesNotContain(facts, f => f.Contains(text, StringComparison.OrdinalIgnoreCase));
        }

        await AssertNoLeakAsync(test);
    }

    /// <summary>Opens an assignment and moves it through <paramref name="path"/>, each move by its party, a day apart.</summary>
    private static async Task<string> WalkAsync(Workspace workspace, ManualTimeProvider clock, string needId, string expertId, Caller member, DateOnly from, DateOnly to, params AssignmentState[] path)
    {
        var created = await workspace.Assignments.CreateAsync(new AssignmentRequest(needId, expertId, from, to), Staff);
        Assert.True(created.Succeeded, created.Reason);
        foreach (var state in path)
        {
            clock.Advance(TimeSpan.FromDays(1));
            var by = state switch
            {
                AssignmentState.Accepted or AssignmentState.Declined => new Caller(Role.Expert, expertId),
                AssignmentState.Confirmed => member,
                _ => Staff,
            };
            var moved = await workspace.Assignments.TransitionAsync(created.Assignment!.Id, state, null, by, state == AssignmentState.Completed ? 5 : null);
            Assert.True(moved.Succeeded, moved.Reason);
        }

        return created.Assignment!.Id;
    }

    private static ErasureService Service(Workspace workspace, MatchService matches) =>
        new(workspace.Store, matches, workspace.Audit, workspace.Assignments, workspace.ErasureKey);

    private static async Task SeedAsync(Workspace workspace)
    {
        await Create(workspace, RecordKind.Organisations, new { id = "ORG-1", name = "Centre hospitalier", type = "health", country = "MA" });
        await Create(workspace, RecordKind.Profiles, Expert(Erased, "Zoubida Qerrouchi", "zq.erase@example.org", "BE", "female"));
        await Create(workspace, RecordKind.Profiles, Expert("E-KEEP", "Karim Bennani", "karim@example.org"));
        await Create(workspace, RecordKind.Needs, new { id = "N-1", organisationId = "ORG-1", title = "Neonatal care training", country = "MA", sector = "health", requiredSkills = new[] { "neonatal care" }, onSite = false, window = new { from = "2027-03-01", to = "2027-06-30" } });
        await Create(workspace, RecordKind.Opportunities, new { id = "O-1", organisationId = "ORG-1", title = "Neonatal clinic", country = "MA", sector = "health" });
    }

    /// <summary>A served match list (feature log), decisions, an open assignment and an audit event by the expert.</summary>
    private static async Task ServeAndDecideAsync(Workspace workspace, MatchService matches)
    {
        var served = await matches.MatchAsync("N-1", 10, RankerNames.Baseline);
        Assert.Contains(served!, r => r.ExpertId == Erased);
        await Create(workspace, RecordKind.Decisions, new { needId = "N-1", expertId = Erased, decision = "shortlisted", at = "2026-11-30T09:00:00Z", by = "STAFF-1" });
        await Create(workspace, RecordKind.Decisions, new { needId = "N-1", expertId = "E-KEEP", decision = "shortlisted", at = "2026-11-30T09:00:00Z", by = "STAFF-1" });
        var assignment = await workspace.Assignments.CreateAsync(new AssignmentRequest("N-1", Erased, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 31)), Staff);
        Assert.True(assignment.Succeeded, assignment.Reason);
        await workspace.Audit.AppendAsync(new Caller(Role.Expert, Erased), "profiles.update", RecordKind.Profiles, Erased, null, null);
        var interests = new Interests.OpportunityInterestBook(workspace.Store);
        await interests.ExpressAsync("O-1", Erased, DateTimeOffset.UnixEpoch);
        await interests.IntroduceAsync("O-1", Erased, "STAFF-1", DateTimeOffset.UnixEpoch);
        await interests.ExpressAsync("O-1", "E-KEEP", DateTimeOffset.UnixEpoch);
    }

    private static async Task AssertErasedAsync(Workspace workspace, MatchService matches, string tombstone)
    {
        var after = await matches.MatchAsync("N-1", 10, RankerNames.Baseline);
        Assert.DoesNotContain(after!, r => r.ExpertId == Erased);
        Assert.Contains(after!, r => r.ExpertId == "E-KEEP");
        Assert.Empty((await workspace.Store.ListAsync(AssignmentService.Kind, null, 10)).Ids);
        Assert.Equal(["E-KEEP"], (await new Interests.OpportunityInterestBook(workspace.Store).ForOpportunityAsync("O-1")).Select(i => i.ExpertId));

        // The audit keeps what happened, under the tombstone: the expert's own update and the erasure, once.
        var trail = await workspace.Audit.ForSubjectAsync(tombstone);
        Assert.Equal(["profiles.update", "profiles.erased"], trail.Select(e => e.Action));
        Assert.Equal(tombstone, trail[0].By);

        var journal = RecordTypes.Read<ErasureEntry>((await workspace.Store.GetAsync(ErasureService.Kind, tombstone))!.Json);
        Assert.Equal((ErasureEntry.Done, null), (journal.State, journal.ExpertId));
    }

    private static Task AssertNoLeakAsync(TestWorkspace test) => DataFolderScan.AssertNoTraceAsync(test, Identifiers, "E-KEEP");

    private static object Expert(string id, string name, string email, string country = "NL", string? gender = null) => new
    {
        id,
        fullName = name,
        email,
        countryOfResidence = country,
        gender,
        languages = new[] { new { code = "fr", level = "C1" } },
        skills = new[] { "neonatal care" },
        summary = $"{name} trains neonatal nurses",
        remoteOk = true,
        consent = new { given = true, version = "2026-01", at = "2026-11-01T10:00:00Z" },
    };

    private static async Task Create(Workspace workspace, string kind, object record)
    {
        var outcome = await workspace.Records.CreateAsync(kind, JsonSerializer.SerializeToElement(record, RecordJson.Options));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
    }
}
