using System.Text.RegularExpressions;
using DiasporaMatch.Web.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DiasporaMatch.Web;

/// <summary>
/// The staff allocation page on its own host (applying a plan shortlists many pairs, which the shared sample's other
/// journeys must not see): the plan grouped by need, pin and exclude, plan again, apply; in Arabic too.
/// </summary>
public sealed class StaffAllocationTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Staff_plans_pins_and_excludes_plans_again_and_applies()
    {
        var page = await web.NewPageAsync();
        await SignIn.AsAsync(page, "staff", "STAFF-1");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).GetByRole(AriaRole.Link, new() { Name = "Allocation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Allocation across open needs" })).ToBeVisibleAsync();
        await Expect(page.Locator("#alloc-state")).ToContainTextAsync(new Regex(@"^(Optimal plan|Plan) AP-"), new() { Timeout = 60_000 });
        await Expect(page.Locator("#alloc-summary")).ToContainTextAsync("rows, quality");

        var rows = page.Locator("#alloc-rows tr[data-expert]");
        var (pinNeed, pinExpert) = (await rows.Nth(0).GetAttributeAsync("data-need"), await rows.Nth(0).GetAttributeAsync("data-expert"));
        var (dropNeed, dropExpert) = (await rows.Nth(1).GetAttributeAsync("data-need"), await rows.Nth(1).GetAttributeAsync("data-expert"));
        await page.GetByLabel($"Pin {pinExpert} to {pinNeed}").CheckAsync();
        await page.GetByLabel($"Exclude {dropExpert} from {dropNeed}").CheckAsync();
        var first = await page.Locator("#alloc-state").TextContentAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan again" }).ClickAsync();
        // The click shows "Planning…" at once; the new plan's id follows.
        await Expect(page.Locator("#alloc-state")).ToContainTextAsync(new Regex(@"^(Optimal plan|Plan) AP-"), new() { Timeout = 60_000 });
        Assert.NotEqual(first, await page.Locator("#alloc-state").TextContentAsync());

        await Expect(page.Locator($"#alloc-rows tr[data-need='{pinNeed}'][data-expert='{pinExpert}']")).ToHaveClassAsync("alloc-pinned");
        await Expect(page.Locator($"#alloc-rows tr[data-need='{dropNeed}'][data-expert='{dropExpert}']")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "staff-allocation");

        await page.GetByRole(AriaRole.Button, new() { Name = "Apply the plan" }).ClickAsync();
        await Expect(page.Locator("#alloc-state")).ToContainTextAsync(new Regex(@"^Applied: \d+ shortlisted assignment\(s\) opened\.$"), new() { Timeout = 240_000 }); // one audited, conditional create per row: slow on a loaded host
        var shortlisted = await web.GetJsonAsync($"/api/assignments?needId={pinNeed}", WebApi.Staff);
        Assert.Contains(shortlisted.GetProperty("assignments").EnumerateArray(), a => a.GetProperty("assignment").GetProperty("expertId").GetString() == pinExpert);

        await page.GetByLabel("Language").SelectOptionAsync("ar");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "التوزيع على الاحتياجات المفتوحة" })).ToBeVisibleAsync();
        await Expect(page.Locator("#alloc-state")).ToContainTextAsync("تم التطبيق");
        await Screenshots.TakeAsync(page, "staff-allocation-ar");
        await page.Context.CloseAsync();
    }
}
