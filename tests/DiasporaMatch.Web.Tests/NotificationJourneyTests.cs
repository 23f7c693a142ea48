using DiasporaMatch.Access;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

[Collection(WebCollection.Name)]
public sealed class NotificationJourneyTests(WebFixture web)
{
    [Fact]
    public async Task Expert_reads_a_proposal_notification_marks_it_read_sets_preferences_and_issues_then_revokes_a_calendar_feed()
    {
        var need = await WebApi.NeedAsync(web, "N-0023");
        var from = need.GetProperty("window").GetProperty("from").GetString()!;
        await WebApi.AssignmentAsync(web, "N-0023", "E-000021", from, from, ("proposed", WebApi.Staff));

        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "expert", "E-000021");
        var link = page.Locator("#notifications-link");
        // The first list derives the outbox from the whole sample's change log: on a loaded machine that takes a while.
        await Expect(link).ToHaveTextAsync("Notifications (1)", new() { Timeout = 30_000 });
        await link.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Notifications", Exact = true })).ToBeVisibleAsync();
        var item = page.Locator("#notify-list li.unread");
        await Expect(item.Locator("strong")).ToHaveTextAsync("New mission proposal");
        await Expect(page.Locator("#notify-state")).ToHaveTextAsync("1 notifications, 1 unread.");
        await Screenshots.TakeAsync(page, "notifications-list");

        await item.GetByRole(AriaRole.Button, new() { Name = "Mark read" }).ClickAsync();
        await Expect(link).ToHaveTextAsync("Notifications (0)");
        await Expect(page.Locator("#notify-list li.read")).ToHaveCountAsync(1);
        await Expect(page.Locator("#notify-list button")).ToHaveCountAsync(0);

        await page.GetByLabel("Reminders", new() { Exact = true }).UncheckAsync();
        await page.GetByLabel("One daily digest instead of one email each").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save preferences" }).ClickAsync();
        await Expect(page.Locator("#prefs-state")).ToHaveTextAsync("Preferences saved.");
        var stored = await web.GetJsonAsync("/api/notifications/preferences", new Caller(Role.Expert, "E-000021"));
        Assert.Equal(["reminders"], stored.GetProperty("emailOff").EnumerateArray().Select(e => e.GetString()));
        Assert.True(stored.GetProperty("digest").GetBoolean());

        await page.GetByRole(AriaRole.Button, new() { Name = "Issue a new address" }).ClickAsync();
        await Expect(page.Locator("#feed-state")).ToHaveTextAsync("New address issued; the previous one no longer works.");
        var url = await page.Locator("#feed-url").TextContentAsync();
        Assert.Matches(@"/api/calendar/[^/]+\.ics$", url);
        using (var feed = await web.Client.GetAsync(new Uri(url!)))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, feed.StatusCode);
        }

        await Screenshots.TakeAtAsync(page, page.Locator("#feed-card"), "notifications-preferences");
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke the address" }).ClickAsync();
        await Expect(page.Locator("#feed-state")).ToHaveTextAsync("Address revoked.");
        using (var revoked = await web.Client.GetAsync(new Uri(url!)))
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, revoked.StatusCode);
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task NotificationPreferences_WhileTheyLoad_CannotBeSaved()
    {
        var page = await web.NewPageAsync();
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(url => url.EndsWith("/api/notifications/preferences", StringComparison.Ordinal), async route =>
        {
            held.TrySetResult();
            await release.Task;
            await route.ContinueAsync();
        });
        await SignIn.AsAsync(page, "expert", "E-000022");
        await page.Locator("#notifications-link").ClickAsync();
        await held.Task;

        // Saved before the preferences are shown, the empty list of categories would switch every e-mail back on.
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save preferences" });
        await Expect(save).ToBeDisabledAsync();
        await Expect(page.GetByLabel("One daily digest instead of one email each")).ToBeDisabledAsync();

        release.SetResult();
        await Expect(page.GetByLabel("Reminders", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(save).ToBeEnabledAsync();
        await page.Context.CloseAsync();
    }
}
