using System.Collections.Concurrent;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>#18 item 4: staff search, filter and sort the needs on the server, in English, French and Arabic.</summary>
[Collection(WebCollection.Name)]
public sealed class StaffSearchTests(WebFixture web)
{
    [Fact]
    public async Task StaffNeeds_FilterAndSort_ShowsWhatTheServerAnswers()
    {
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "staff", "STAFF-1");
        await Expect(page.Locator("#needs-state")).ToContainTextAsync("needs shown.");

        await page.GetByLabel("Sector").SelectOptionAsync("health");
        await page.GetByLabel("Sort by").SelectOptionAsync("-window");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        var expected = (await web.GetJsonAsync("/api/needs?state=open&sector=health&sort=-window&limit=20", WebApi.Staff))
            .GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.NotEmpty(expected);
        var buttons = page.Locator("#needs .need-button");
        await Expect(buttons).ToHaveCountAsync(expected.Count);
        Assert.Equal(expected, await buttons.EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.needId)"));
        await Expect(buttons.First).ToContainTextAsync("Health");
        await Expect(page.Locator("#needs-state")).ToHaveTextAsync($"{expected.Count} needs shown.");
        await Screenshots.TakeAsync(page, "staff-needs-filtered");

        // A period ending before it starts: the server's 400 names the field, the page says which filter to fix.
        await page.GetByLabel("Window from").FillAsync("2027-05-01");
        await page.GetByLabel("Window to").FillAsync("2027-04-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.Locator("#needs-filter-error")).ToHaveTextAsync("Check this filter: Window to.");
        await Expect(buttons).ToHaveCountAsync(0);

        await page.Locator("#lang").SelectOptionAsync("fr");
        await Expect(page.Locator("#needs-filter-error")).ToHaveTextAsync("Vérifiez ce filtre : Période jusqu'au.");
        await page.GetByLabel("Période jusqu'au").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Appliquer" }).ClickAsync();
        await Expect(page.Locator("#needs-filter-error")).ToBeHiddenAsync();
        await Expect(buttons.First).ToContainTextAsync("Santé");
        await Screenshots.TakeAsync(page, "staff-needs-filtered-fr");

        await page.Locator("#lang").SelectOptionAsync("ar");
        await Expect(page.GetByLabel("القطاع")).ToBeVisibleAsync();
        await page.GetByLabel("بحث").FillAsync("zzzz-nothing");
        await page.GetByRole(AriaRole.Button, new() { Name = "تطبيق" }).ClickAsync();
        await Expect(page.Locator("#needs-state")).ToHaveTextAsync("عرض 0 احتياجات.");
        await Screenshots.TakeAsync(page, "staff-needs-filtered-ar");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task StaffNeeds_FilterAppliedWhileTheFirstPageLoads_ListShowsTheFilterOnly()
    {
        // The unfiltered first page is held back until the filtered one is drawn, as on a slow link: when it arrives
        // late it must not be appended under the filtered needs.
        var page = await web.NewPageAsync();
        var held = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(url => url.Contains("/api/needs?", StringComparison.Ordinal) && !url.Contains("sector=", StringComparison.Ordinal), async route =>
        {
            if (held.TrySetResult(route.Request.Url))
            {
                await release.Task;
            }

            await route.ContinueAsync();
        });
        await SignIn.AsAsync(page, "staff", "STAFF-SLOW");
        var heldUrl = await held.Task;

        await page.GetByLabel("Sector").SelectOptionAsync("health");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        var expected = (await web.GetJsonAsync("/api/needs?state=open&sector=health&limit=20", WebApi.Staff))
            .GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.NotEmpty(expected);
        await Expect(page.Locator("#needs-state")).ToHaveTextAsync($"{expected.Count} needs shown.");

        // Let the stale page through and wait until the page has read every need it names.
        var staleIds = (await web.GetJsonAsync(new Uri(heldUrl).PathAndQuery, WebApi.Staff)).GetProperty("ids").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.NotEqual(expected, staleIds);
        var read = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var allRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.RequestFinished += (_, request) =>
        {
            if (staleIds.FirstOrDefault(id => request.Url.EndsWith($"/api/needs/{id}", StringComparison.Ordinal)) is { } id && read.TryAdd(id, true) && read.Count == staleIds.Count)
            {
                allRead.TrySetResult();
            }
        };
        release.SetResult();
        await allRead.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 0))");

        var buttons = page.Locator("#needs .need-button");
        Assert.Equal(expected, await buttons.EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.needId)"));
        await Expect(page.Locator("#needs-state")).ToHaveTextAsync($"{expected.Count} needs shown.");
        await page.Context.CloseAsync();
    }
}
