using DiasporaMatch.Assignments;
using DiasporaMatch.Privacy;
using DiasporaMatch.TestSupport;
using static DiasporaMatch.TestSupport.AssignmentSeed;

namespace DiasporaMatch.Notifications;

public sealed class NotificationErasureTests
{
    [Fact]
    public async Task Erase_ExpertWithNotificationsAndFeed_RemovesThemAndTheyAreNotDerivedAgain()
    {
        await using var test = new TestWorkspace();
        var workspace = test.Workspace;
        await SeedAsync(workspace, experts: 2);
        await WalkAsync(workspace, "E-0001", AssignmentState.Approved);
        await WalkAsync(workspace, "E-0002", AssignmentState.Proposed, from: "2027-04-01", to: "2027-04-30");
        var outbox = new NotificationOutbox(workspace.Store, test.Clock);
        await outbox.PumpAsync();
        var feeds = new CalendarFeeds(workspace.Store, test.Clock);
        var token = await feeds.IssueAsync("expert", "E-0001");

        using (var matches = await workspace.OpenMatchServiceAsync())
        {
            var report = await new ErasureService(workspace.Store, matches, workspace.Audit, workspace.Assignments, workspace.ErasureKey).EraseAsync("E-0001", confirmed: true);
            Assert.Equal(ErasureOutcome.Erased, report.Outcome);
        }

        await outbox.PumpAsync();
        var left = await outbox.ScanAsync().Select(n => n.Notification).ToListAsync();
        Assert.DoesNotContain(left, n => n.RecipientId == "E-0001");
        Assert.Contains(left, n => n.RecipientId == "E-0002");
        Assert.Null(await feeds.ResolveAsync(token));
    }
}
