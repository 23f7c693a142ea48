using System.Text.Json;
using DiasporaMatch.Access;
using DiasporaMatch.Assignments;
using DiasporaMatch.Audit;
using DiasporaMatch.Decisions;
using DiasporaMatch.Hosting;
using DiasporaMatch.Interests;
using DiasporaMatch.Matching;
using DiasporaMatch.Notifications;
using DiasporaMatch.Privacy;
using DiasporaMatch.Programme;
using DiasporaMatch.Ranking;
using DiasporaMatch.Records;
using DiasporaMatch.Storage;
using DiasporaMatch.TestSupport;

namespace DiasporaMatch.Merging;

/// <summary>
/// #18 item 5: merging a duplicate profile keeps every decision, assignment, interest and notification (on the
/// survivor), leaves no trace of the merged-away person, and a refused merge changes nothing.
/// </summary>
public sealed class ProfileMergerTests
{
    private const string Kept = "E-KEEP";
    private const string Gone = "E-GONE";
    private static readonly Caller Staff = new(Role.Staff, "STAFF-1");
    private static readonly Caller Member = new(Role.Institution, "U-INST-1", "ORG-1");

    /// <summary>The merged-away person's id, name, email and the unsalted hash prefix the audit used to file their events under.</summary>
    private static readonly string[] Identifiers = [Gone, "Qerrouchi", "zq.merge@example.org", AuditLog.PrefixOf(Gone).TrimEnd('.')];

    [Fact]
    public async Task MergeAsync_DuplicateWithHistory_EverythingFollowsTheSurvivorAndTheMergedLeavesNoTrace()
    {
        await using var test = new TestWorkspace();
        var workspace = test.Workspace;
        await SeedAsync(workspace);
        await Decide(workspace, "N-1", Gone, "interested");
        await Decide(workspace, "N-2", Kept, "shortlisted");
        var gonesMission = await WalkAsync(workspace, test.Clock, "N-1", Gone, "2027-03-01", "2027-03-10", AssignmentState.Proposed, AssignmentState.Accepted, AssignmentState.Confirmed, AssignmentState.Approved);
        var goneShortlisted = await WalkAsync(workspace, test.Clock, "N-2", Gone, "2027-04-01", "2027-04-10");
        var keptMission = await WalkAsync(workspace, test.Clock, "N-2", Kept, "2027-05-01", "2027-05-10", AssignmentState.Proposed, AssignmentState.Accepted, AssignmentState.Confirmed, AssignmentState.Approved);
        var interests = new OpportunityInterestBook(workspace.Store);
        await interests.ExpressAsync("O-1", Gone, test.Clock.GetUtcNow());
        await interests.IntroduceAsync("O-1", Gone, "STAFF-1", test.Clock.GetUtcNow());
        await interests.ExpressAsync("O-2", Gone, test.Clock.GetUtcNow());
        await interests.ExpressAsync("O-2", Kept, test.Clock.GetUtcNow());
        // As intake records a probable duplicate: the summary names the other profile.
        await workspace.Audit.AppendAsync(Staff, "profiles.probable-duplicate", RecordKind.Profiles, Kept, null, $"of {Gone}, score 0.95, agree: email");
        var outbox = new NotificationOutbox(workspace.Store, test.Clock);
        await outbox.PumpAsync();
        var gonesDecisions = (await DecisionsAsync(workspace, Gone)).Count;
        var decisionsBefore = (await DecisionsAsync(workspace, Kept)).Count + gonesDecisions;
        var notificationsBefore = (await outbox.ForRecipientAsync("expert", Kept)).Count + (await outbox.ForRecipientAsync("expert", Gone)).Count;
        Assert.True(notificationsBefore > 0 && (await outbox.ForRecipientAsync("expert", Gone)).Count > 0);
        var indicators = new ProgrammeReport(workspace.Store, test.Clock);
        var totalBefore = await indicators.IndicatorsAsync(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), IndicatorBreakdown.Total);

        using (var matches = await workspace.OpenMatchServiceAsync())
        {
            Assert.Contains(await matches.MatchAsync("N-1", 10, RankerNames.Baseline) ?? [], r => r.ExpertId == Gone);
            var version = (await workspace.Store.GetAsync(RecordKind.Profiles, Kept))!.Version;

            var report = await Merger(workspace, matches).MergeAsync(Kept, Gone, version, Staff);

            Assert.Equal(MergeOutcome.Merged, report.Outcome);
            Assert.Equal((gonesDecisions, 2, 2), (report.Decisions, report.Assignments, report.Interests));
            Assert.Equal(decisionsBefore, (await DecisionsAsync(workspace, Kept)).Count);
            Assert.Empty(await DecisionsAsync(workspace, Gone));
            var assignments = (await new AssignmentDirectory(workspace.Store).AllAsync()).Where(a => a.ExpertId == Kept).ToDictionary(a => a.Id, a => a.State);
            Assert.Equal(new Dictionary<string, AssignmentState> { [gonesMission] = AssignmentState.Approved, [goneShortlisted] = AssignmentState.Shortlisted, [keptMission] = AssignmentState.Approved }, assignments);
            Assert.Equal([gonesMission, keptMission], (await workspace.Assignments.BookingsAsync(ofExpert: true, Kept)).Select(b => b.AssignmentId).Order(StringComparer.Ordinal));
            var kept = await interests.ForExpertAsync(Kept);
            Assert.Equal([("O-1", true), ("O-2", false)], kept.Select(i => (i.OpportunityId, i.IntroducedAt is not null)).OrderBy(i => i.OpportunityId, StringComparer.Ordinal));
            await outbox.PumpAsync(); // the moved assignments derive no second copy of what was re-addressed
            Assert.Equal(notificationsBefore, (await outbox.ForRecipientAsync("expert", Kept)).Count);

            // The index, the track record and the indicators reflect the survivor.
            var ranked = await matches.MatchAsync("N-1", 10, RankerNames.Baseline);
            Assert.DoesNotContain(ranked!, r => r.ExpertId == Gone);
            Assert.Contains(ranked!, r => r.ExpertId == Kept);
            Assert.Equal(2, new AssignmentHistory(await matches.ReadDecisionsAsync()).Of(Kept, DateTimeOffset.MaxValue).Assignments);
            Assert.Equal(totalBefore, await indicators.IndicatorsAsync(new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31), IndicatorBreakdown.Total));

            // The audit records who merged, when, and both profiles (the merged-away one by its erasure tombstone).
            var merged = Assert.Single(await workspace.Audit.ForSubjectAsync(Kept), e => e.Action == "profiles.merged");
            Assert.Equal(("staff", "STAFF-1", test.Clock.GetUtcNow()), (merged.Role, merged.By, merged.At));
            Assert.StartsWith($"merged {report.Tombstone}:", merged.After, StringComparison.Ordinal);
            Assert.Contains(await workspace.Audit.ForSubjectAsync(report.Tombstone!), e => e.Action == "profiles.erased");
        }

        await DataFolderScan.AssertNoTraceAsync(test, Identifiers, Kept);
    }

    [Theory]
    [InlineData(AssignmentState.Proposed, AssignmentState.Approved)]
    [InlineData(AssignmentState.Approved, AssignmentState.InProgress)]
    public async Task MergeAsync_OverlappingActiveAssignments_RefusedAndChangesNothing(AssignmentState kept, AssignmentState gone)
    {
        await using var test = new TestWorkspace();
        var workspace = test.Workspace;
        await SeedAsync(workspace);
        var keptId = await WalkAsync(workspace, test.Clock, "N-1", Kept, "2027-03-01", "2027-03-10", Path(kept));
        var goneId = await WalkAsync(workspace, test.Clock, "N-2", Gone, "2027-03-05", "2027-03-20", Path(gone));
        using var matches = await workspace.OpenMatchServiceAsync();
        var version = (await workspace.Store.GetAsync(RecordKind.Profiles, Kept))!.Version;
        var changes = (await workspace.Store.ReadChangesAsync(0, 100_000)).Count;

        var report = await Merger(workspace, matches).MergeAsync(Kept, Gone, version, Staff);

        Assert.Equal(MergeOutcome.Conflict, report.Outcome);
        Assert.Contains(keptId, report.Reason, StringComparison.Ordinal);
        Assert.Contains(goneId, report.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', report.Reason!);
        Assert.Equal(changes, (await workspace.Store.ReadChangesAsync(0, 100_000)).Count);
        Assert.Equal(version, (await workspace.Store.GetAsync(RecordKind.Profiles, Kept))!.Version);
        Assert.NotNull(await workspace.Store.GetAsync(RecordKind.Profiles, Gone));
    }

    [Fact]
    public async Task MergeAsync_SelfUnknownOrStale_RefusedAndChangesNothing()
    {
        await using var test = new TestWorkspace();
        var workspace = test.Workspace;
        await SeedAsync(workspace);
        using var matches = await workspace.OpenMatchServiceAsync();
        var version = (await workspace.Store.GetAsync(RecordKind.Profiles, Kept))!.Version;
        var changes = (await workspace.Store.ReadChangesAsync(0, 100_000)).Count;
        var merger = Merger(workspace, matches);

        Assert.Equal(MergeOutcome.Invalid, (await merger.MergeAsync(Kept, Kept, version, Staff)).Outcome);
        Assert.Equal((MergeOutcome.NotFound, "profiles/E-NONE does not exist"), Refusal(await merger.MergeAsync(Kept, "E-NONE", version, Staff)));
        Assert.Equal((MergeOutcome.NotFound, "profiles/E-NONE does not exist"), Refusal(await merger.MergeAsync("E-NONE", Gone, version, Staff)));
        Assert.Equal(MergeOutcome.Stale, (await merger.MergeAsync(Kept, Gone, "stale", Staff)).Outcome);

        Assert.Equal(changes, (await workspace.Store.ReadChangesAsync(0, 100_000)).Count);
    }

    private static (MergeOutcome, string?) Refusal(MergeReport report) => (report.Outcome, report.Reason);

    private static AssignmentState[] Path(AssignmentState to) =>
        [.. new[] { AssignmentState.Proposed, AssignmentState.Accepted, AssignmentState.Confirmed, AssignmentState.Approved, AssignmentState.InProgress }.TakeWhile(s => s != to), to];

    private static ProfileMerger Merger(Workspace workspace, MatchService matches) =>
        new(workspace.Store, matches, workspace.Audit, new ErasureService(workspace.Store, matches, workspace.Audit, workspace.Assignments, workspace.ErasureKey));

    private static async Task<List<Decision>> DecisionsAsync(Workspace workspace, string expertId)
    {
        var found = new List<Decision>();
        await foreach (var document in workspace.Store.ScanAsync(RecordKind.Decisions))
        {
            if (RecordTypes.Read<Decision>(document.Json) is { } decision && decision.ExpertId == expertId)
            {
                found.Add(decision);
            }
        }

        return found;
    }

    /// <summary>Opens an assignment and moves it through <paramref name="path"/>, each move by its party, a day apart.</summary>
    private static async Task<string> WalkAsync(Workspace workspace, ManualTimeProvider clock, string needId, string expertId, string from, string to, params AssignmentState[] path)
    {
        var created = await workspace.Assignments.CreateAsync(new AssignmentRequest(needId, expertId, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), Staff);
        Assert.True(created.Succeeded, created.Reason);
        foreach (var state in path)
        {
            clock.Advance(TimeSpan.FromHours(1));
            var by = state switch
            {
                AssignmentState.Accepted or AssignmentState.Declined => new Caller(Role.Expert, expertId),
                AssignmentState.Confirmed => Member,
                _ => Staff,
            };
            var moved = await workspace.Assignments.TransitionAsync(created.Assignment!.Id, state, null, by);
            Assert.True(moved.Succeeded, moved.Reason);
        }

        return created.Assignment!.Id;
    }

    private static async Task SeedAsync(Workspace workspace)
    {
        await Create(workspace, RecordKind.Organisations, new { id = "ORG-1", name = "Centre hospitalier", type = "health", country = "MA" });
        await Create(workspace, RecordKind.Profiles, Expert(Kept, "Zoubida Kerrouchi", "zoubida.k@example.org", "NL"));
        await Create(workspace, RecordKind.Profiles, Expert(Gone, "Zoubida Qerrouchi", "zq.merge@example.org", "BE"));
        foreach (var (id, from, to) in new[] { ("N-1", "2027-03-01", "2027-03-31"), ("N-2", "2027-03-01", "2027-06-30") })
        {
            await Create(workspace, RecordKind.Needs, new { id, organisationId = "ORG-1", title = "Neonatal care training", country = "MA", sector = "health", requiredSkills = new[] { "neonatal care" }, positions = 2, onSite = false, window = new { from, to } });
        }

        foreach (var id in new[] { "O-1", "O-2" })
        {
            await Create(workspace, RecordKind.Opportunities, new { id, organisationId = "ORG-1", title = "Neonatal clinic", country = "MA", sector = "health" });
        }
    }

    private static async Task Decide(Workspace workspace, string needId, string expertId, string decision) =>
        await Create(workspace, RecordKind.Decisions, new { needId, expertId, decision, at = "2026-11-30T09:00:00Z", by = "STAFF-1" });

    private static object Expert(string id, string name, string email, string country) => new
    {
        id,
        fullName = name,
        email,
        countryOfResidence = country,
        languages = new[] { new { code = "fr", level = "C1" } },
        skills = new[] { "neonatal care" },
        summary = "trains neonatal nurses",
        remoteOk = true,
        consent = new { given = true, version = "2026-01", at = "2026-11-01T10:00:00Z" },
    };

    private static async Task Create(Workspace workspace, string kind, object record)
    {
        var outcome = await workspace.Records.CreateAsync(kind, JsonSerializer.SerializeToElement(record, RecordJson.Options));
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
    }
}
